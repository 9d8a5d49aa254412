using Fazhi.Modules.PublicConsultation.Contracts;
using Fazhi.Modules.PublicConsultation.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.PublicConsultation.Consultations;

/// <summary>
/// 公开征求意见 for other modules (<see cref="IPublicConsultations"/>) and for this module's own pages. Works in the
/// caller's DbContext; the caller saves.
/// </summary>
public sealed class PublicConsultations(AppDbContext db, TimeProvider clock, IRegionScope scope) : IPublicConsultations
{
    public DateOnly Today => LegalDate.Today(clock);

    public async Task<Guid> OpenAsync(ConsultationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.RegionCode) || request.RegionCode.Length > 12)
        {
            errors["regionCode"] = ["请指定区划"];
        }

        if (string.IsNullOrWhiteSpace(request.SubjectType) || request.SubjectType.Length > 60)
        {
            errors["subjectType"] = ["对象类型应为1至60个字符"];
        }

        Check(errors, "title", "标题", request.Title, Consultation.MaxTitle);
        Check(errors, "draftText", "征求意见稿", request.DraftText, Consultation.MaxText);
        Check(errors, "explanation", "起草说明", request.Explanation, Consultation.MaxText);
        Check(errors, "organizingUnit", "组织单位", request.OrganizingUnit, Consultation.MaxUnit);
        var urgency = TextInput.Clean(request.UrgencyReason, multiline: true);
        if (urgency?.Length > Consultation.MaxReason)
        {
            errors["urgencyReason"] = [$"紧急理由不能超过{Consultation.MaxReason}个字"];
        }

        if (request.ClosesOn < request.OpensOn)
        {
            errors["closesOn"] = ["截止日期不能早于开始日期"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var days = Consultation.WindowDays(request.OpensOn, request.ClosesOn);
        if (days < Consultation.MinimumDays && urgency is null)
        {
            throw new DomainRuleException(
                $"征求意见期限为{days}日，少于30日；因情况紧急需要缩短期限的，应当说明理由",
                Consultation.WindowBasis.Citation);
        }

        if (await FindAsync(request.SubjectType, request.SubjectId, cancellationToken) is { } existing && !existing.HasClosedBy(Today))
        {
            return existing.Id;
        }

        var consultation = new Consultation(request.RegionCode.Trim(), request.SubjectType.Trim(), request.SubjectId,
            TextInput.Clean(request.Title, multiline: false)!, TextInput.Clean(request.DraftText, multiline: true)!,
            TextInput.Clean(request.Explanation, multiline: true)!, TextInput.Clean(request.OrganizingUnit, multiline: false)!,
            request.OpensOn, request.ClosesOn, urgency, scope.Actor, clock.GetUtcNow().UtcDateTime);
        db.Add(consultation);
        return consultation.Id;
    }

    public async Task<ConsultationStatus?> StatusAsync(string subjectType, Guid subjectId, CancellationToken cancellationToken = default)
    {
        var consultation = await FindAsync(subjectType, subjectId, cancellationToken);
        return consultation is null ? null : await StatusOfAsync(consultation, cancellationToken);
    }

    public async Task PublishAdoptionReportAsync(string subjectType, Guid subjectId, DateOnly on, CancellationToken cancellationToken = default)
    {
        var consultation = await FindAsync(subjectType, subjectId, cancellationToken)
            ?? throw new DomainRuleException("该事项未公开征求意见，无意见采纳情况可公布", Consultation.AdoptionBasis.Citation);
        await PublishAsync(consultation, on, cancellationToken);
    }

    /// <summary>Publishes the 意见采纳情况 on the portal: only after the window closed and every comment was answered.</summary>
    public async Task PublishAsync(Consultation consultation, DateOnly on, CancellationToken ct)
    {
        if (consultation.ReportPublishedOn is not null)
        {
            return;
        }

        var status = await StatusOfAsync(consultation, ct);
        if (!status.WindowClosed)
        {
            throw new DomainRuleException(
                $"征求意见期限至{consultation.ClosesOn:yyyy年M月d日}届满，期限届满前不得公布意见采纳情况", Consultation.WindowBasis.Citation);
        }

        if (status.Unanswered > 0)
        {
            throw new DomainRuleException(
                $"尚有{status.Unanswered}条公众意见未审核或未作采纳答复，应当对公众意见研究处理后再公布采纳情况", Consultation.AdoptionBasis.Citation);
        }

        consultation.PublishReport(on);
    }

    public async Task<ConsultationStatus> StatusOfAsync(Consultation consultation, CancellationToken ct)
    {
        var counts = await db.Set<PublicComment>()
            .Where(c => c.ConsultationId == consultation.Id && c.Status != CommentStatus.Merged)
            .GroupBy(c => new { c.Status, c.Answer })
            .Select(g => new { g.Key.Status, g.Key.Answer, Count = g.Count() })
            .ToListAsync(ct);
        int Count(Func<CommentStatus, AdoptionAnswer?, bool> match) => counts.Where(c => match(c.Status, c.Answer)).Sum(c => c.Count);
        return new ConsultationStatus(
            consultation.Id,
            consultation.OpensOn,
            consultation.ClosesOn,
            consultation.HasClosedBy(Today),
            Count((_, _) => true),
            Count((s, a) => s == CommentStatus.Approved && a == AdoptionAnswer.Adopted),
            Count((s, a) => s == CommentStatus.Approved && a == AdoptionAnswer.PartlyAdopted),
            Count((s, a) => s == CommentStatus.Approved && a == AdoptionAnswer.NotAdopted),
            Count((s, a) => s == CommentStatus.Pending || (s == CommentStatus.Approved && a == null)),
            consultation.ReportPublishedOn is not null,
            consultation.PortalPath);
    }

    /// <summary>The subject's latest consultation, including one added in this unit of work and not saved yet.</summary>
    private async Task<Consultation?> FindAsync(string subjectType, Guid subjectId, CancellationToken ct) =>
        db.Set<Consultation>().Local.Where(c => c.SubjectType == subjectType && c.SubjectId == subjectId).OrderByDescending(c => c.CreatedAt).FirstOrDefault()
        ?? await db.Set<Consultation>().Where(c => c.SubjectType == subjectType && c.SubjectId == subjectId)
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct);

    private static void Check(Dictionary<string, string[]> errors, string field, string label, string? value, int max)
    {
        var text = TextInput.Clean(value, multiline: true);
        if (text is null)
        {
            errors[field] = [$"请填写{label}"];
        }
        else if (text.Length > max)
        {
            errors[field] = [$"{label}不能超过{max}个字"];
        }
    }
}
