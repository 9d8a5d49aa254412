using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Fazhi.Platform.Web;

/// <summary>The Chinese name of an enum value (its [Display] name), for pages, ledgers and messages.</summary>
public static class DisplayNames
{
    public static string Of<T>(T value)
        where T : struct, Enum =>
        typeof(T).GetField(value.ToString())?.GetCustomAttribute<DisplayAttribute>()?.Name ?? value.ToString();

    /// <summary>The Chinese name of an optional value; empty when there is none.</summary>
    public static string Of<T>(T? value)
        where T : struct, Enum => value is { } v ? Of(v) : "";

    /// <summary>The value whose Chinese name or English identifier is <paramref name="text"/> (null if none is).</summary>
    public static T? Parse<T>(string? text)
        where T : struct, Enum
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        foreach (var value in Enum.GetValues<T>())
        {
            if (Of(value) == trimmed || string.Equals(value.ToString(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
