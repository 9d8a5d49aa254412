using Fazhi.Platform.Web;

namespace Fazhi.Modules.Petitions.Domain;

/// <summary>Chinese names of the module's enums (their [Display] names).</summary>
public static class Names
{
    public static string Of<T>(T value)
        where T : struct, Enum =>
        DisplayNames.Of(value);

    public static string Of<T>(T? value)
        where T : struct, Enum =>
        value is { } v ? Of(v) : "";

    /// <summary>Parses an enum from its member name or its Chinese name; null when neither matches.</summary>
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
