using Fazhi.Platform.Calendar;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Fazhi.Modules.NormativeDocuments.Documents;

/// <summary>A refused or invalid page POST, shown on the page the way the API answers it (status, reason, legal basis).</summary>
public sealed record PageRefusal(int Status, string Message, string? LegalBasis);

public static class PageErrors
{
    /// <summary>Turns the module's exceptions into a page refusal or field errors; null when the exception is not one of them.</summary>
    public static PageRefusal? From(Exception e, ModelStateDictionary modelState) => e switch
    {
        Platform.Spreadsheets.LedgerImportException i => Fields(i, modelState, i.Message),
        FieldValidationException v => Fields(v, modelState, v.Message),
        DomainRuleException r => new PageRefusal(r.StatusCode, r.Message, r.LegalBasis),
        CalendarYearMissingException c => new PageRefusal(422, c.Message, null),
        _ => null,
    };

    private static PageRefusal Fields(FieldValidationException v, ModelStateDictionary modelState, string title)
    {
        foreach (var (field, messages) in v.Errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(field, message);
            }
        }

        return new PageRefusal(400, title, null);
    }
}
