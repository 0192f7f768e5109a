using System.Security.Cryptography;
using System.Text;

namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>
/// The key and IV a subscribe acknowledgement hands out for decrypting that TR's frames: AES-256-CBC with PKCS7 padding
/// over base64 text, key and IV taken as their UTF-8 bytes (32 and 16), as the official sample's aes_cbc_base64_dec does.
/// Secrets: never logged, never printed.
/// </summary>
internal sealed class KisNoticeCipher(string key, string iv)
{
    private readonly byte[] keyBytes = Encoding.UTF8.GetBytes(key);
    private readonly byte[] ivBytes = Encoding.UTF8.GetBytes(iv);

    /// <summary>The plain text, or null with a reason (wrong key or IV length, not base64, bad padding).</summary>
    public string? TryDecrypt(string base64, out string? problem)
    {
        problem = null;
        if (keyBytes.Length != 32 || ivBytes.Length != 16)
        {
            problem = $"the acknowledgement's AES key and IV are {keyBytes.Length} and {ivBytes.Length} bytes, not 32 and 16";
            return null;
        }
        try
        {
            using var aes = Aes.Create();
            aes.Key = keyBytes;
            return Encoding.UTF8.GetString(aes.DecryptCbc(Convert.FromBase64String(base64), ivBytes, PaddingMode.PKCS7));
        }
        catch (FormatException)
        {
            problem = "the encrypted payload is not base64";
        }
        catch (CryptographicException)
        {
            problem = "the encrypted payload does not decrypt with the acknowledgement's key and IV";
        }
        return null;
    }

    public override string ToString() => "KisNoticeCipher(secret)";
}
