using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Fazhi.Modules.Petitions.Domain;

/// <summary>Chinese names of the module's enums (their [Display] names).</summary>
public static class Names
{
    public static string Of<T>(T value)
        where T : struct, Enum =>
        typeof(T).GetField(value.ToString())?.GetCustomAttribute<DisplayAttribute>()?.Name ?? value.ToString();

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
