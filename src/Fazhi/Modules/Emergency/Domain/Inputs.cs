using System.Globalization;

using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Emergency.Domain;

/// <summary>Field checks every emergency use case shares (Chinese messages, keyed by the API's field names).</summary>
internal static class Inputs
{
    public static string Text(string? value, int max, string field, string label, Dictionary<string, string[]> errors) =>
        FieldChecks.Required(errors, value, max, field, label) ?? "";

    public static string? Optional(string? value, int max, string field, string label, Dictionary<string, string[]> errors) =>
        FieldChecks.Optional(errors, value, max, field, label);

    /// <summary>A legal date of an act: required, and not after today.</summary>
    public static DateOnly Date(DateOnly? value, DateOnly today, string field, string label, Dictionary<string, string[]> errors)
    {
        var day = FieldChecks.PastDate(errors, value, today, field, label);
        return value is null ? today : day;
    }

    public static T? Parse<T>(string? text)
        where T : struct, Enum
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        foreach (var member in Enum.GetValues<T>())
        {
            if (string.Equals(member.ToString(), value, StringComparison.OrdinalIgnoreCase) || Names.Of(member) == value)
            {
                return member;
            }
        }

        return null;
    }

    public static string Choices<T>()
        where T : struct, Enum => string.Join("、", Enum.GetValues<T>().Select(v => Names.Of(v)));

    /// <summary>The region written to: the user's own; in the system context (demo, CLI) the one the caller names.</summary>
    public static string Region(Fazhi.Platform.Data.AppDbContext db, string? systemRegion, string act, Dictionary<string, string[]> errors)
    {
        if ((db.Scope.WriteRegion ?? systemRegion) is { } region)
        {
            return region;
        }

        errors["region"] = [$"请以镇（街）用户{act}"];
        return "";
    }

    public static void ThrowIfAny(Dictionary<string, string[]> errors) => FieldChecks.ThrowIfAny(errors);

    public static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Ledger cell setters: a text cell (trimmed, at most <paramref name="max"/>) and a date cell.</summary>
    public static string? Set(string value, int max, Action<string> set)
    {
        var text = value.Trim();
        if (text.Length > max)
        {
            return $"不能超过{max}个字符";
        }

        set(text);
        return null;
    }

    public static string? SetDate(string value, Action<DateOnly> set)
    {
        if (Cells.Date(value, out var day) is { } error)
        {
            return error;
        }

        set(day);
        return null;
    }

    public static string? SetNumber(string value, Action<int> set)
    {
        if (Cells.WholeNumber(value, out var number) is { } error)
        {
            return error;
        }

        set(number);
        return null;
    }
}
