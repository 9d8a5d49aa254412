using System.Security.Claims;

using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.LegalityReview.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.LegalityReview.Reviews;

/// <summary>列表筛选: status, type, reviewer, overdue only; sort submitted (default, newest first) / due / title.</summary>
public sealed record ReviewFilter(
    ReviewStatus? Status = null, ReviewDocumentType? DocumentType = null, string? Reviewer = null, bool Overdue = false, string? Sort = null,
    int? Page = null, int? PageSize = null);

/// <summary>A row of the review list (and of its Excel export).</summary>
public sealed class ReviewRow
{
    public Guid Id { get; init; }

    public string Title { get; init; } = "";

    public ReviewDocumentType DocumentType { get; init; }

    public string TypeName => ReviewText.TypeName(DocumentType);

    public string SubmittingUnit { get; init; } = "";

    public ReviewStatus Status { get; init; }

    public string StatusName => ReviewText.Name(Status);

    public DateOnly SubmittedOn { get; init; }

    public string? ReviewerName { get; init; }

    public DateOnly? DueDate { get; init; }

    public bool Overdue { get; init; }

    public ReviewConclusion? Conclusion { get; init; }

    public string ConclusionName => ReviewText.ConclusionName(Conclusion);

    public string? OpinionNumber { get; init; }

    public DateOnly? OpinionIssuedOn { get; init; }
}

public sealed record TimelineEntry(int Sequence, string ActionName, string FromState, string ToState, string ActorName, string Actor, DateOnly On, DateTime At, string? Note);

public sealed record ClockEntry(Guid Id, string Name, int Length, string Status, DateOnly StartedOn, DateOnly CountingFrom, DateOnly DueDate, DateOnly WarnOn,
    DateOnly? StoppedOn, string LegalBasis, string LengthSource, IReadOnlyList<string> Explanation);

public sealed record ItemEntry(int Number, string Text, ItemResponse Response, string ResponseName, string? Reason, DateOnly? AnsweredOn);

public sealed record MilestoneEntry(Guid Id, string Name, DateOnly DueOn, DateOnly? DoneOn, bool Overdue);

public sealed record ContractEntry(Guid Id, string Name, string CounterpartyName, string CreditCode, long AmountFen, string Amount, DateOnly StartsOn,
    DateOnly EndsOn, DateOnly? SignedOn, IReadOnlyList<MilestoneEntry> Milestones);

public sealed record ActionEntry(string Key, string Name);

/// <summary>审查件详情: the material, the opinion and its items, the timeline, each clock with how its date was computed, and what the user may do now.</summary>
public sealed record ReviewDetail(
    Guid Id, string RegionCode, string Title, ReviewDocumentType DocumentType, string TypeName, string SubmittingUnit, bool Complex, string? Basis,
    string? Background, string? Consultation, DateOnly? RequestedBy, string? SubjectType, Guid? SubjectId, ReviewStatus Status, string StatusName,
    DateOnly SubmittedOn, string SubmittedBy, int ReturnCount, int ReviewDays, string? ReviewerLogin, string? ReviewerName,
    ReviewConclusion? Conclusion, string ConclusionName, string? OpinionNumber, DateOnly? OpinionIssuedOn, string? OpinionSummary, string? SignedBy,
    bool AdviserSignOff, string? AdviserName, DateOnly? DecidedOn, string? DecisionNote, DateOnly? ArchivedOn,
    IReadOnlyList<ItemEntry> Items, ContractEntry? Contract, IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<ClockEntry> Clocks,
    IReadOnlyList<ActionEntry> AvailableActions);

/// <summary>查询审查件: the filtered, sorted, paged list and one review's detail.</summary>
public sealed class FindReviews(AppDbContext db, ProcedureEngine engine, TimeProvider time)
{
    public static readonly LedgerLayout<ReviewRow> ExportLayout = new("合法性审查台账",
    [
        new("送审件名称", r => r.Title), new("送审类型", r => r.TypeName), new("送审单位", r => r.SubmittingUnit),
        new("送审日期", r => r.SubmittedOn.ToString("yyyy-MM-dd")), new("状态", r => r.StatusName), new("审查人员", r => r.ReviewerName),
        new("审查期限届满日", r => r.DueDate?.ToString("yyyy-MM-dd")), new("是否超期", r => r.Overdue ? "超期" : ""),
        new("审查结论", r => r.ConclusionName), new("审查意见书编号", r => r.OpinionNumber),
        new("出具意见日期", r => r.OpinionIssuedOn?.ToString("yyyy-MM-dd")),
    ]);

    public async Task<Paged<ReviewRow>> ListAsync(ReviewFilter filter, CancellationToken ct)
    {
        var reviews = await Sorted(Filtered(filter), filter.Sort).ToPagedAsync(filter.Page, filter.PageSize, ct);
        return reviews.With(await RowsAsync(reviews.Items.ToList(), ct));
    }

    public async Task<IReadOnlyList<ReviewRow>> AllAsync(ReviewFilter filter, CancellationToken ct) =>
        await RowsAsync(await Sorted(Filtered(filter), filter.Sort).Take(Ledgers.MaxRows).ToListAsync(ct), ct);

    private IQueryable<Domain.LegalityReview> Filtered(ReviewFilter filter)
    {
        var query = db.Set<Domain.LegalityReview>().AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (filter.DocumentType is { } type)
        {
            query = query.Where(r => r.DocumentType == type);
        }

        if (!string.IsNullOrWhiteSpace(filter.Reviewer))
        {
            query = query.Where(r => r.ReviewerLogin == filter.Reviewer);
        }

        if (filter.Overdue)
        {
            var today = LegalDate.Today(time);
            query = query.Where(r => r.Status != ReviewStatus.Withdrawn && db.Set<Clock>().Any(c => c.InstanceId == r.InstanceId && c.RuleKey == ReviewProcedure.ClockKey
                && (c.Status == ClockStatus.Running || c.Status == ClockStatus.Overdue) && c.DueDate < today));
        }

        return query;
    }

    private IQueryable<Domain.LegalityReview> Sorted(IQueryable<Domain.LegalityReview> query, string? sort) => sort switch
    {
        "due" => query.OrderBy(r => db.Set<Clock>().Where(c => c.InstanceId == r.InstanceId).Select(c => c.DueDate).FirstOrDefault()).ThenBy(r => r.Id),
        "title" => query.OrderBy(r => r.Title).ThenBy(r => r.Id),
        "submitted_asc" => query.OrderBy(r => r.SubmittedOn).ThenBy(r => r.Id),
        _ => query.OrderByDescending(r => r.SubmittedOn).ThenByDescending(r => r.Id),
    };

    private async Task<IReadOnlyList<ReviewRow>> RowsAsync(List<Domain.LegalityReview> reviews, CancellationToken ct)
    {
        var instanceIds = reviews.Select(r => r.InstanceId).ToList();
        var clocks = await db.Set<Clock>().AsNoTracking().Where(c => instanceIds.Contains(c.InstanceId) && c.RuleKey == ReviewProcedure.ClockKey)
            .ToDictionaryAsync(c => c.InstanceId, ct);
        var today = LegalDate.Today(time);
        return reviews.Select(r =>
        {
            var clock = clocks.GetValueOrDefault(r.InstanceId);
            return new ReviewRow
            {
                Id = r.Id,
                Title = r.Title,
                DocumentType = r.DocumentType,
                SubmittingUnit = r.SubmittingUnit,
                Status = r.Status,
                SubmittedOn = r.SubmittedOn,
                ReviewerName = r.ReviewerName,
                DueDate = clock?.DueDate,
                // A withdrawn case was never reviewed: stopped late or not, it is not an overdue review.
                Overdue = clock is not null && r.Status != ReviewStatus.Withdrawn && IsOverdue(clock, today),
                Conclusion = r.Conclusion,
                OpinionNumber = r.OpinionNumber,
                OpinionIssuedOn = r.OpinionIssuedOn,
            };
        }).ToList();
    }

    /// <summary>A counting clock past its due date, or a stopped one stopped after it.</summary>
    public static bool IsOverdue(Clock clock, DateOnly today) =>
        clock.IsCounting ? clock.DueDate < today : clock.StoppedOn > clock.DueDate;

    public async Task<ReviewDetail> DetailAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var review = await db.Set<Domain.LegalityReview>().AsNoTracking().Include(r => r.Items).FirstOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new RecordNotFoundException("审查件不存在");
        var instance = await db.Set<ProcedureInstance>().AsNoTracking().Include(i => i.Clocks).ThenInclude(c => c.Adjustments)
            .AsSplitQuery().FirstAsync(i => i.Id == review.InstanceId, ct);
        var definition = engine.DefinitionOf(instance);
        string StateName(string key) => definition.States.FirstOrDefault(s => s.Key == key)?.Name ?? key;
        var steps = await db.Set<ProcedureStep>().AsNoTracking().Where(s => s.InstanceId == instance.Id).OrderBy(s => s.Sequence).ToListAsync(ct);
        var contract = await db.Set<GovernmentContract>().AsNoTracking().Include(c => c.Milestones).FirstOrDefaultAsync(c => c.ReviewId == id, ct);
        var today = LegalDate.Today(time);
        var actor = ProcedureActor.From(user);
        var available = engine.AvailableActions(instance, actor, review.Gate(actor.Login))
            .Where(a => TakeReviewStep.ActionKeys.Contains(a.Key))
            .Select(a => new ActionEntry(a.Key, a.Name)).ToList();
        var lengthSource = review.DocumentType == ReviewDocumentType.MajorDecisionDraft
            ? $"审查期限取本镇对“{ReviewText.TypeName(review.DocumentType)}”设定的{(review.Complex ? "复杂" : "一般")}事项期限{review.ReviewDays}个工作日（不少于《重大行政决策程序暂行条例》第二十六条规定的7个工作日），于送审时确定。"
            : $"审查期限取本镇对“{ReviewText.TypeName(review.DocumentType)}”设定的{(review.Complex ? "复杂" : "一般")}事项期限{review.ReviewDays}个工作日（默认一般5个、复杂10个工作日，law.md §3 [U]），于送审时确定。";
        return new ReviewDetail(
            review.Id, review.RegionCode, review.Title, review.DocumentType, ReviewText.TypeName(review.DocumentType), review.SubmittingUnit, review.Complex,
            review.Basis, review.Background, review.Consultation, review.RequestedBy, review.SubjectType, review.SubjectId, review.Status,
            ReviewText.Name(review.Status), review.SubmittedOn, review.SubmittedBy, review.ReturnCount, review.ReviewDays, review.ReviewerLogin,
            review.ReviewerName, review.Conclusion, ReviewText.ConclusionName(review.Conclusion), review.OpinionNumber, review.OpinionIssuedOn,
            review.OpinionSummary, review.SignedBy, review.AdviserSignOff, review.AdviserName, review.DecidedOn, review.DecisionNote, review.ArchivedOn,
            review.Items.OrderBy(i => i.Number).Select(i => new ItemEntry(i.Number, i.Text, i.Response, ReviewText.Name(i.Response), i.Reason, i.AnsweredOn)).ToList(),
            contract is null ? null : ContractEntryOf(contract, today),
            steps.Select(s => new TimelineEntry(s.Sequence, s.ActionName, StateName(s.FromState), StateName(s.ToState), s.ActorName, s.Actor, s.On, s.At, s.Note)).ToList(),
            instance.Clocks.OrderBy(c => c.StartedOn).Select(c => new ClockEntry(c.Id, c.Name, c.Length, review.Status == ReviewStatus.Withdrawn ? "已停止（撤回送审）" : ClockStatusName(c, today), c.StartedOn, c.CountingFrom,
                c.DueDate, c.WarnOn, c.StoppedOn, c.LegalBasis, lengthSource, c.Explanation)).ToList(),
            available);
    }

    public static ContractEntry ContractEntryOf(GovernmentContract c, DateOnly today) => new(
        c.Id, c.Name, c.CounterpartyName, c.CreditCode, c.AmountFen, Cells.Yuan(c.AmountFen), c.StartsOn, c.EndsOn, c.SignedOn,
        c.Milestones.OrderBy(m => m.DueOn).Select(m => new MilestoneEntry(m.Id, m.Name, m.DueOn, m.DoneOn, m.DoneOn is null && m.DueOn < today)).ToList());

    private static string ClockStatusName(Clock clock, DateOnly today) => clock.Status switch
    {
        ClockStatus.Running when clock.DueDate < today => "计时中（已超过届满日）",
        ClockStatus.Running => "计时中",
        ClockStatus.Suspended => "已中止",
        ClockStatus.Overdue => "已超期",
        ClockStatus.Stopped when clock.StoppedOn > clock.DueDate => "已停止（超期办结）",
        ClockStatus.Stopped => "已停止",
    };
}
