using Fazhi.Modules.PublicConsultation.Contracts;
using Fazhi.Modules.PublicConsultation.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.PublicConsultation.Consultations;

/// <summary>A standalone consultation opened from this module's page or API (any draft, not only a major decision's).</summary>
public sealed record StandaloneDraft(
    string? Title, string? DraftText, string? Explanation, string? OrganizingUnit, DateOnly? OpensOn, DateOnly? ClosesOn, string? UrgencyReason);

/// <summary>Staff steps on consultations: open a standalone one; publish the 意见采纳情况 of a standalone one.</summary>
public sealed class ManageConsultations(AppDbContext db, PublicConsultations consultations)
{
    public async Task<Guid> OpenStandaloneAsync(StandaloneDraft draft, string region, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new Dictionary<string, string[]>();
        if (draft.OpensOn is null)
        {
            errors["opensOn"] = ["请填写开始日期"];
        }

        if (draft.ClosesOn is null)
        {
            errors["closesOn"] = ["请填写截止日期"];
        }

        if (draft.OpensOn < consultations.Today)
        {
            errors["opensOn"] = ["开始日期不能早于今天"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var id = await consultations.OpenAsync(
            new ConsultationRequest(region, Consultation.Standalone, Guid.Empty, draft.Title ?? "", draft.DraftText ?? "", draft.Explanation ?? "",
                draft.OrganizingUnit ?? "", draft.OpensOn!.Value, draft.ClosesOn!.Value)
            { UrgencyReason = draft.UrgencyReason },
            ct);
        await db.SaveChangesAsync(ct);
        return id;
    }

    /// <summary>
    /// 公布意见采纳情况 of a standalone consultation. A subject module's consultation (e.g. a major decision) is published
    /// with its decision through <see cref="IPublicConsultations.PublishAdoptionReportAsync"/>.
    /// </summary>
    public async Task PublishReportAsync(Guid id, CancellationToken ct)
    {
        var consultation = await db.Set<Consultation>().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new RecordNotFoundException();
        if (consultation.SubjectType != Consultation.Standalone)
        {
            throw new DomainRuleException("本次征求意见属于其他事项（如重大行政决策），意见采纳情况应随决策一并公布", Consultation.AdoptionBasis.Citation);
        }

        await consultations.PublishAsync(consultation, consultations.Today, ct);
        await db.SaveChangesAsync(ct);
    }
}
