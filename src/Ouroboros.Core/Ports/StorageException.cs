namespace Ouroboros.Core.Ports;

/// <summary>
/// A storage failure explained for the operator: the message names the database path, what went wrong and how to
/// fix it. Vendor exceptions (e.g. SqliteException) are kept as <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class StorageException : Exception
{
    public StorageException(string message)
        : base(message)
    {
    }

    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StorageException()
        : base("A storage operation failed.")
    {
    }
}
