using Fazhi.Platform.Calendar;

using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Fazhi.Platform.Web;

/// <summary>A refused or invalid page POST, shown on the page the way the API answers it (status, reason, legal basis).</summary>
public sealed record PageRefusal(int Status, string Message, string? LegalBasis);

/// <summary>The one mapper of a page POST's exceptions, shared by the modules (they kept copies that drifted).</summary>
public static class PageErrors
{
    /// <summary>Turns the exceptions of a use case into a page refusal or field errors; null when the exception is not one of them.</summary>
    public static PageRefusal? From(Exception e, ModelStateDictionary modelState)
    {
        switch (e)
        {
            case FieldValidationException v:
                foreach (var (field, messages) in v.Errors)
                {
                    foreach (var message in messages)
                    {
                        modelState.AddModelError(field, message);
                    }
                }

                return new PageRefusal(400, v.Message, null);
            case DomainRuleException r:
                return new PageRefusal(r.StatusCode, r.Message, r.LegalBasis);
            case CalendarYearMissingException c:
                return new PageRefusal(422, c.Message, null);
            case Fazhi.Platform.Data.RegionWriteDeniedException or RecordNotFoundException:
                return new PageRefusal(404, "记录不存在", null);
            default:
                return null;
        }
    }
}
