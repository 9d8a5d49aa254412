using Fazhi.Platform.Procedures;

namespace Fazhi.Platform.Web;

/// <summary>
/// A use case's field checks over <see cref="FieldChecks"/>, collected in one place: each failure a Chinese message under
/// the field's name, thrown together as one 400 (ProblemDetails with field errors) by <see cref="ThrowIfAny"/>.
/// </summary>
public sealed class Fields(TimeProvider time)
{
    public Dictionary<string, string[]> Errors { get; } = [];

    public DateOnly Today => LegalDate.Today(time);

    public string? Required(string? value, int max, string field, string label) => FieldChecks.Required(Errors, value, max, field, label);

    public string? Optional(string? value, int max, string field, string label) => FieldChecks.Optional(Errors, value, max, field, label);

    /// <summary>A date of an act: given, not in the future, not before 2000.</summary>
    public DateOnly PastDate(DateOnly? value, string field, string label) => FieldChecks.PastDate(Errors, value, Today, field, label);

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

    public void ThrowIfAny() => FieldChecks.ThrowIfAny(Errors);

    /// <summary>Lines of a textarea or items of a ledger cell separated by ；, ; or line breaks.</summary>
    public static List<string> Split(string? text) =>
        (text ?? "").Split(['；', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
