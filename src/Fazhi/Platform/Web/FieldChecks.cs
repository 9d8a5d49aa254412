namespace Fazhi.Platform.Web;

/// <summary>
/// The checks every form and ledger row makes on its fields, collecting the Chinese message per field so one answer lists
/// every mistake: required and optional text with a length limit, the real past date of an act, and throwing the lot as
/// one <see cref="FieldValidationException"/>.
/// </summary>
public static class FieldChecks
{
    /// <summary>The earliest date an act may carry (towns migrate records, not history).</summary>
    public static readonly DateOnly EarliestAct = new(2000, 1, 1);

    /// <summary>Trimmed text that must be given and at most <paramref name="max"/> characters; null when missing.</summary>
    public static string? Required(IDictionary<string, string[]> errors, string? value, int max, string field, string label)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors[field] = [$"请填写{label}"];
            return null;
        }

        return Optional(errors, text, max, field, label);
    }

    /// <summary>Trimmed text of at most <paramref name="max"/> characters; null when empty.</summary>
    public static string? Optional(IDictionary<string, string[]> errors, string? value, int max, string field, string label)
    {
        var text = value?.Trim() ?? "";
        if (text.Length > max)
        {
            errors[field] = [$"{label}不能超过{max}个字符"];
        }

        return text.Length == 0 ? null : text;
    }

    /// <summary>The date of an act already done: required, not after <paramref name="today"/> and not before 2000; default when missing.</summary>
    public static DateOnly PastDate(IDictionary<string, string[]> errors, DateOnly? value, DateOnly today, string field, string label)
    {
        if (value is not { } day)
        {
            errors[field] = [$"请填写{label}"];
            return default;
        }

        if (day > today)
        {
            errors[field] = [$"{label}不能晚于今天"];
        }
        else if (day < EarliestAct)
        {
            errors[field] = [$"{label}不能早于2000年"];
        }

        return day;
    }

    /// <summary>A whole number typed in a form field: empty is null (the use case says whether it is required), anything else not a number is the field's Chinese error.</summary>
    public static int? WholeNumber(IDictionary<string, string[]> errors, string? text, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors[field] = [$"{label}应为整数"];
        return null;
    }

    /// <summary>Answers every collected message at once (400 with the Chinese message per field), or does nothing.</summary>
    public static void ThrowIfAny(IDictionary<string, string[]> errors)
    {
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }
    }
}
