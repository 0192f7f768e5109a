using System.Text;

namespace Ouroboros.Core.Errors;

/// <summary>Renders the «name» placeholders of a <see cref="UserException"/> template.</summary>
public static class InputNames
{
    public const char Open = '«';
    public const char Close = '»';

    /// <summary>«name» written the way a template refers to an input.</summary>
    public static string Of(string name) => Open + name + Close;

    public static string Render(string template, Func<string, string> inputName)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(inputName);
        if (template.IndexOf(Open, StringComparison.Ordinal) < 0) return template;
        var sb = new StringBuilder(template.Length);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf(Open, i);
            var close = open < 0 ? -1 : template.IndexOf(Close, open + 1);
            if (open < 0 || close < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }
            sb.Append(template, i, open - i).Append(inputName(template[(open + 1)..close]));
            i = close + 1;
        }
        return sb.ToString();
    }
}
