using System.Globalization;

using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Governance;

/// <summary>The module's field checks, each failure a Chinese message under the field's name.</summary>
internal sealed class Fields(TimeProvider time)
{
    public Dictionary<string, string[]> Errors { get; } = [];

    public DateOnly Today => LegalDate.Today(time);

    public string? Required(string? value, int max, string field, string label)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            Errors[field] = [$"请填写{label}"];
            return null;
        }

        return Optional(text, max, field, label);
    }

    public string? Optional(string? value, int max, string field, string label)
    {
        var text = value?.Trim() ?? "";
        if (text.Length > max)
        {
            Errors[field] = [$"{label}不能超过{max}个字符"];
        }

        return text.Length == 0 ? null : text;
    }

    /// <summary>A date of an act: given, not in the future, not before 2000.</summary>
    public DateOnly PastDate(DateOnly? value, string field, string label)
    {
        if (value is not { } day)
        {
            Errors[field] = [$"请填写{label}"];
            return default;
        }

        if (day > Today)
        {
            Errors[field] = [$"{label}不能晚于今天"];
        }
        else if (day.Year < 2000)
        {
            Errors[field] = [$"{label}不能早于2000年"];
        }

        return day;
    }

    public T? Choice<T>(string? text, string field, string message)
        where T : struct, Enum
    {
        var value = DisplayNames.Parse<T>(text);
        if (value is null)
        {
            Errors[field] = [message];
        }

        return value;
    }

    public static string Names<T>()
        where T : struct, Enum => string.Join("、", Enum.GetValues<T>().Select(v => DisplayNames.Of(v)));

    public void Add(string field, string message) => Errors[field] = [message];

    public bool Has(string field) => Errors.ContainsKey(field);

    public void ThrowIfAny()
    {
        if (Errors.Count > 0)
        {
            throw new FieldValidationException(Errors);
        }
    }

    /// <summary>A whole number typed in a form field: empty is null, anything else not a number is the field's Chinese error.</summary>
    public static int? Whole(string? text, string field, string label, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors[field] = [$"{label}应为整数"];
        return null;
    }

    /// <summary>Lines of a textarea or items of a ledger cell separated by ；, ; or line breaks.</summary>
    public static List<string> Split(string? text) =>
        (text ?? "").Split(['；', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
