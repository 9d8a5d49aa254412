using Fazhi.Modules.PublicConsultation.Domain;
using Fazhi.Modules.PublicConsultation.Reports;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Validation;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.PublicConsultation.Portal;

/// <summary>One consultation in the public list.</summary>
public sealed record PortalConsultationLine(Guid Id, string Title, string OrganizingUnit, DateOnly OpensOn, DateOnly ClosesOn, bool Open,
    string Phase, int PublicComments, bool ReportPublished, string RegionCode);

/// <summary>An approved comment as the public sees it: pseudonym, text (numbers masked), the anchored quote; no phone, ever.</summary>
public sealed record PortalComment(Guid Id, string Signature, DateTime ReceivedAt, string Body, TextAnchor? Anchor);

/// <summary>Time left until the window closes at 24:00 China time on its last day.</summary>
public sealed record Countdown(int Days, int Hours);

/// <summary>The public page of one consultation.</summary>
public sealed record PortalConsultation(
    Guid Id, string Title, string OrganizingUnit, string DraftText, string Explanation, DateOnly OpensOn, DateOnly ClosesOn, int Days,
    string? UrgencyReason, bool Open, string Phase, Countdown? Left, IReadOnlyList<PortalComment> Comments, AdoptionReport? Report);

/// <summary>
/// 征求意见公开栏目 (anonymous): every region's consultations once opened, their approved comments, and the 意见采纳情况
/// once published. Reads across regions on purpose (the endpoints carry [PublicAcrossRegions]); pending and hidden
/// comments never leave.
/// </summary>
public sealed class PortalConsultations(AppDbContext db, TimeProvider clock)
{
    public const int PageSize = 20;

    public DateOnly Today => LegalDate.Today(clock);

    public async Task<Paged<PortalConsultationLine>> ListAsync(string? phase, int? page, CancellationToken ct)
    {
        var today = Today;
        var query = Published();
        query = phase?.Trim() switch
        {
            null or "" => query,
            "open" => query.Where(c => c.ClosesOn >= today),
            "closed" => query.Where(c => c.ClosesOn < today),
            _ => throw new FieldValidationException("phase", "阶段应为 open（征求意见中）或 closed（已截止）"),
        };
        var paged = await query.OrderByDescending(c => c.OpensOn).ThenByDescending(c => c.Id).ToPagedAsync(page, PageSize, ct);
        var ids = paged.Items.Select(c => c.Id).ToList();
        var counts = await db.Set<PublicComment>().AsNoTracking().Where(c => ids.Contains(c.ConsultationId) && c.Status == CommentStatus.Approved)
            .GroupBy(c => c.ConsultationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return paged.With(paged.Items.Select(c => new PortalConsultationLine(c.Id, Masking.Text(c.Title), c.OrganizingUnit, c.OpensOn, c.ClosesOn,
            c.IsOpenOn(today), Names.Phase(c, today), counts.GetValueOrDefault(c.Id), c.ReportPublishedOn is not null, c.RegionCode)).ToList());
    }

    public async Task<PortalConsultation> DetailAsync(Guid id, CancellationToken ct)
    {
        var c = await Published().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new RecordNotFoundException();
        var today = Today;
        var comments = await db.Set<PublicComment>().AsNoTracking().Where(x => x.ConsultationId == c.Id && x.Status == CommentStatus.Approved)
            .OrderBy(x => x.ReceivedAt).ThenBy(x => x.Id).ToListAsync(ct);
        var report = c.ReportPublishedOn is null ? null : await AdoptionReport.BuildAsync(db, c, ct);
        return new PortalConsultation(c.Id, c.Title, c.OrganizingUnit, c.DraftText, c.Explanation, c.OpensOn, c.ClosesOn,
            Consultation.WindowDays(c.OpensOn, c.ClosesOn), c.UrgencyReason, c.IsOpenOn(today), Names.Phase(c, today), Left(c),
            comments.Select(x => new PortalComment(x.Id, Names.Signature(x), x.ReceivedAt, Masking.Text(x.Body), x.Anchor)).ToList(), report);
    }

    private Countdown? Left(Consultation c)
    {
        var now = clock.GetUtcNow();
        var end = new DateTimeOffset(c.ClosesOn.AddDays(1).ToDateTime(TimeOnly.MinValue), LegalDate.ChinaOffset);
        if (Today < c.OpensOn || now >= end)
        {
            return null;
        }

        var left = end - now;
        return new Countdown((int)left.TotalDays, left.Hours);
    }

    // The portal is anonymous, and an anonymous scope reads no region's rows: opened consultations leave on purpose.
    private IQueryable<Consultation> Published()
    {
        var today = Today;
        return db.Set<Consultation>().IgnoreQueryFilters().AsNoTracking().Where(c => c.OpensOn <= today);
    }
}
