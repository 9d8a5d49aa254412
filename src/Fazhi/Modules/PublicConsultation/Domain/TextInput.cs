using System.Text;

namespace Fazhi.Modules.PublicConsultation.Domain;

/// <summary>Plain-text input from forms and the public: trimmed, control characters stripped (line breaks kept where asked).</summary>
public static class TextInput
{
    public static string? Clean(string? value, bool multiline)
    {
        if (value is null)
        {
            return null;
        }

        var builder = new StringBuilder(value.Length);
        foreach (var ch in value.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            if (ch == '\n' && multiline)
            {
                builder.Append(ch);
            }
            else if (ch == '\t')
            {
                builder.Append(' ');
            }
            else if (!char.IsControl(ch) && ch is not ('\u200B' or '\u200E' or '\u200F' or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\uFEFF'))
            {
                builder.Append(ch);
            }
        }

        var text = builder.ToString().Trim();
        return text.Length == 0 ? null : text;
    }
}
