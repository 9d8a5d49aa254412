using Fazhi.Modules.NormativeDocuments.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.NormativeDocuments.Documents;

/// <summary>A draft's facts as entered on the form or posted to the API.</summary>
public sealed record DocumentDraft(
    string? Title,
    string? DraftingUnit,
    string? IssuingAuthority,
    string? BodyText,
    bool AffectsBusiness,
    bool RequiresConsultation,
    int? PlanYear);

/// <summary>列入制定计划: a new document in the plan, with its procedure started.</summary>
public sealed class CreateDocument(AppDbContext db, ProcedureEngine engine, TimeProvider time)
{
    public async Task<NormativeDocument> ExecuteAsync(DocumentDraft draft, string regionCode, ProcedureActor actor, CancellationToken ct)
    {
        var today = LegalDate.Today(time);
        Validate(draft, today.Year);
        var document = new NormativeDocument(regionCode, draft.Title!, draft.DraftingUnit!, draft.IssuingAuthority!, draft.BodyText,
            draft.AffectsBusiness, draft.RequiresConsultation, draft.PlanYear ?? today.Year, time.GetUtcNow().UtcDateTime, actor.Login);
        var instance = engine.Start(NormativeDocumentProcedure.Key, NormativeDocumentProcedure.SubjectType, document.Id, regionCode, actor);
        document.AttachProcedure(instance.Id);
        db.Add(document);
        await db.SaveChangesAsync(ct);
        return document;
    }

    public static void Validate(DocumentDraft draft, int currentYear)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "title", draft.Title, "文件名称", NormativeDocument.MaxTitle);
        Require(errors, "draftingUnit", draft.DraftingUnit, "起草单位", NormativeDocument.MaxUnit);
        Require(errors, "issuingAuthority", draft.IssuingAuthority, "制定机关", NormativeDocument.MaxUnit);
        if (draft.BodyText is { Length: > NormativeDocument.MaxBody })
        {
            errors["bodyText"] = [$"正文不能超过{NormativeDocument.MaxBody}个字符"];
        }

        if (draft.PlanYear is { } year && (year < currentYear - 10 || year > currentYear + 5))
        {
            errors["planYear"] = [$"计划年度应在{currentYear - 10}至{currentYear + 5}之间"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }
    }

    private static void Require(Dictionary<string, string[]> errors, string field, string? value, string label, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"请填写{label}"];
        }
        else if (value.Trim().Length > max)
        {
            errors[field] = [$"{label}不能超过{max}个字符"];
        }
    }
}
