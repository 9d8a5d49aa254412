using Fazhi.Platform.Web;

namespace Fazhi.Modules.Disputes.Domain;

public static class Names
{
    public static string Of<T>(T value)
        where T : struct, Enum =>
        DisplayNames.Of(value);

    /// <summary>Parses an enum by its member name or its Chinese display name.</summary>
    public static T? Parse<T>(string? text)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var t = text.Trim();
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(value.ToString(), t, StringComparison.OrdinalIgnoreCase) || Of(value) == t)
            {
                return value;
            }
        }

        return null;
    }
}
