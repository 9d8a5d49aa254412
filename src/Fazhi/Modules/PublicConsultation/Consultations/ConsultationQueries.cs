using Fazhi.Modules.PublicConsultation.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.PublicConsultation.Consultations;

/// <summary>Filter of the consultation ledger (query string of the page and the API).</summary>
public sealed record ConsultationFilter(string? Q = null, string? Phase = null, string? Sort = null, int? Page = null, int? PageSize = null);

/// <summary>One line of the consultation ledger.</summary>
public sealed record ConsultationLine(
    Guid Id, string Title, string OrganizingUnit, string SubjectType, DateOnly OpensOn, DateOnly ClosesOn, int Days, string? UrgencyReason,
    string Phase, int Received, int Pending, int Unanswered, DateOnly? ReportPublishedOn);

/// <summary>Filter of one consultation's comments.</summary>
public sealed record CommentFilter(string? Status = null, string? Answer = null, string? Group = null, string? Sort = null, int? Page = null, int? PageSize = null);

/// <summary>A comment as staff see it: never the phone, only whether one was left (已留联系电话).</summary>
public sealed record CommentLine(
    Guid Id, DateTime ReceivedAt, string Signature, string Body, TextAnchor? Anchor, bool HasPhone, string Status, string StatusName,
    string? HiddenReason, Guid? MergedIntoId, string? GroupLabel, string? Answer, string AnswerName, string? AnswerReason)
{
    public static CommentLine Of(PublicComment c) => new(
        c.Id, c.ReceivedAt, Names.Signature(c), c.Body, c.Anchor, c.HasPhone, c.Status.ToString(), Names.Of(c.Status),
        c.HiddenReason, c.MergedIntoId, c.GroupLabel, c.Answer?.ToString(), Names.Of(c.Answer), c.AnswerReason);
}

/// <summary>Staff views: the ledger of consultations, one consultation with its comments, and their exports.</summary>
public sealed class ConsultationQueries(AppDbContext db, TimeProvider clock)
{
    public DateOnly Today => LegalDate.Today(clock);

    public async Task<Paged<ConsultationLine>> PageAsync(ConsultationFilter filter, CancellationToken ct)
    {
        var query = Filtered(filter);
        var paged = await query.ToPagedAsync(filter.Page, filter.PageSize, ct);
        return paged.With(await LinesAsync(paged.Items, ct));
    }

    public async Task<IReadOnlyList<ConsultationLine>> AllAsync(ConsultationFilter filter, CancellationToken ct) =>
        await LinesAsync(await Filtered(filter).Take(Ledgers.MaxRows).ToListAsync(ct), ct);

    public async Task<Consultation> FindAsync(Guid id, CancellationToken ct) =>
        await db.Set<Consultation>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new RecordNotFoundException();

    public async Task<Paged<CommentLine>> CommentsAsync(Guid consultationId, CommentFilter filter, CancellationToken ct)
    {
        var consultation = await FindAsync(consultationId, ct);
        var paged = await FilteredComments(consultation.Id, filter).ToPagedAsync(filter.Page, filter.PageSize, ct);
        return paged.With(paged.Items.Select(CommentLine.Of).ToList());
    }

    public async Task<IReadOnlyList<CommentLine>> AllCommentsAsync(Guid consultationId, CommentFilter filter, CancellationToken ct)
    {
        var consultation = await FindAsync(consultationId, ct);
        return (await FilteredComments(consultation.Id, filter).Take(Ledgers.MaxRows).ToListAsync(ct)).Select(CommentLine.Of).ToList();
    }

    private IQueryable<Consultation> Filtered(ConsultationFilter filter)
    {
        var query = db.Set<Consultation>().AsNoTracking();
        var today = Today;
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var term = filter.Q.Trim();
            if (term.Length > 100)
            {
                throw new FieldValidationException("q", "检索词不能超过100个字");
            }

            query = query.Where(c => c.Title.Contains(term) || c.OrganizingUnit.Contains(term));
        }

        query = filter.Phase?.Trim() switch
        {
            null or "" => query,
            "upcoming" => query.Where(c => c.OpensOn > today),
            "open" => query.Where(c => c.OpensOn <= today && c.ClosesOn >= today),
            "closed" => query.Where(c => c.ClosesOn < today && c.ReportPublishedOn == null),
            "published" => query.Where(c => c.ReportPublishedOn != null),
            _ => throw new FieldValidationException("phase", "阶段应为 upcoming（未开始）、open（征求意见中）、closed（已截止）或 published（已公布采纳情况）"),
        };
        return filter.Sort?.Trim() switch
        {
            null or "" or "-opens" => query.OrderByDescending(c => c.OpensOn).ThenByDescending(c => c.Id),
            "opens" => query.OrderBy(c => c.OpensOn).ThenBy(c => c.Id),
            "closes" => query.OrderBy(c => c.ClosesOn).ThenBy(c => c.Id),
            "-closes" => query.OrderByDescending(c => c.ClosesOn).ThenByDescending(c => c.Id),
            "title" => query.OrderBy(c => c.Title).ThenBy(c => c.Id),
            _ => throw new FieldValidationException("sort", "排序应为 opens、-opens、closes、-closes 或 title"),
        };
    }

    private IQueryable<PublicComment> FilteredComments(Guid consultationId, CommentFilter filter)
    {
        var query = db.Set<PublicComment>().AsNoTracking().Where(c => c.ConsultationId == consultationId);
        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            query = Enum.TryParse<CommentStatus>(filter.Status.Trim(), true, out var status) && Enum.IsDefined(status)
                ? query.Where(c => c.Status == status)
                : throw new FieldValidationException("status", "状态应为 Pending（待审核）、Approved（已通过）、Hidden（已隐藏）或 Merged（已合并）");
        }

        if (!string.IsNullOrWhiteSpace(filter.Answer))
        {
            if (filter.Answer.Trim() == "none")
            {
                query = query.Where(c => c.Answer == null);
            }
            else
            {
                query = Enum.TryParse<AdoptionAnswer>(filter.Answer.Trim(), true, out var answer) && Enum.IsDefined(answer)
                    ? query.Where(c => c.Answer == answer)
                    : throw new FieldValidationException("answer", "采纳情况应为 Adopted、PartlyAdopted、NotAdopted 或 none（未答复）");
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Group))
        {
            var group = filter.Group.Trim();
            query = query.Where(c => c.GroupLabel == group);
        }

        return filter.Sort?.Trim() switch
        {
            null or "" or "received" => query.OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id),
            "-received" => query.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id),
            "group" => query.OrderBy(c => c.GroupLabel).ThenBy(c => c.ReceivedAt).ThenBy(c => c.Id),
            _ => throw new FieldValidationException("sort", "排序应为 received、-received 或 group"),
        };
    }

    private async Task<List<ConsultationLine>> LinesAsync(IReadOnlyList<Consultation> consultations, CancellationToken ct)
    {
        var ids = consultations.Select(c => c.Id).ToList();
        var counts = await db.Set<PublicComment>().AsNoTracking()
            .Where(c => ids.Contains(c.ConsultationId) && c.Status != CommentStatus.Merged)
            .GroupBy(c => new { c.ConsultationId, c.Status, Answered = c.Answer != null })
            .Select(g => new { g.Key.ConsultationId, g.Key.Status, g.Key.Answered, Count = g.Count() })
            .ToListAsync(ct);
        var today = Today;
        return consultations.Select(c =>
        {
            var mine = counts.Where(x => x.ConsultationId == c.Id).ToList();
            return new ConsultationLine(c.Id, c.Title, c.OrganizingUnit, c.SubjectType, c.OpensOn, c.ClosesOn,
                Consultation.WindowDays(c.OpensOn, c.ClosesOn), c.UrgencyReason, Names.Phase(c, today), mine.Sum(x => x.Count),
                mine.Where(x => x.Status == CommentStatus.Pending).Sum(x => x.Count),
                mine.Where(x => x.Status == CommentStatus.Pending || (x.Status == CommentStatus.Approved && !x.Answered)).Sum(x => x.Count),
                c.ReportPublishedOn);
        }).ToList();
    }
}
