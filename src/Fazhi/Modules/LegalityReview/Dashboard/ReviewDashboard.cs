using Fazhi.Modules.LegalityReview.ContractLedger;
using Fazhi.Modules.LegalityReview.Domain;
using Fazhi.Modules.LegalityReview.Metrics;
using Fazhi.Modules.LegalityReview.Reviews;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.LegalityReview.Dashboard;

public sealed record ReviewerLoad(string Login, string Name, int Open, int Overdue);

public sealed record FigureValue(string Key, string Name, string Unit, string Value);

public sealed record OverdueReview(Guid Id, string Title, string TypeName, string? ReviewerName, DateOnly DueDate, int DaysLate);

public sealed record ExpiringContract(Guid Id, string Name, string CounterpartyName, DateOnly EndsOn, string Expiry);

public sealed record DashboardView(int Year, IReadOnlyList<FigureValue> Figures, IReadOnlyList<ReviewerLoad> Workload, IReadOnlyList<OverdueReview> Overdue,
    IReadOnlyList<ExpiringContract> ExpiringContracts, int OpenReviews);

/// <summary>模块看板: reviewer workload, overdue reviews, the year's figures (adoption rate included) and expiring contracts.</summary>
public sealed class ReviewDashboard(AppDbContext db, MetricCatalog metrics, TimeProvider time)
{
    public async Task<DashboardView> BuildAsync(string region, string subtreePrefix, CancellationToken ct)
    {
        var today = LegalDate.Today(time);
        var open = await db.Set<Domain.LegalityReview>().AsNoTracking()
            .Where(r => r.RegionCode == region && r.Status != ReviewStatus.Decided && r.Status != ReviewStatus.Archived
                && r.Status != ReviewStatus.Withdrawn)
            .Select(r => new { r.Id, r.Title, r.DocumentType, r.ReviewerLogin, r.ReviewerName, r.InstanceId, r.Status })
            .ToListAsync(ct);
        var instanceIds = open.Select(r => r.InstanceId).ToList();
        var clocks = await db.Set<Clock>().AsNoTracking().Where(c => instanceIds.Contains(c.InstanceId) && c.RuleKey == ReviewProcedure.ClockKey)
            .ToDictionaryAsync(c => c.InstanceId, ct);
        bool Late(Guid instance) => clocks.GetValueOrDefault(instance) is { IsCounting: true } c && c.DueDate < today;

        var workload = open.Where(r => r.ReviewerLogin != null && r.Status == ReviewStatus.Reviewing)
            .GroupBy(r => (Login: r.ReviewerLogin!, Name: r.ReviewerName ?? r.ReviewerLogin!))
            .Select(g => new ReviewerLoad(g.Key.Login, g.Key.Name, g.Count(), g.Count(r => Late(r.InstanceId))))
            .OrderByDescending(l => l.Open).ThenBy(l => l.Login).ToList();
        var overdue = open.Where(r => Late(r.InstanceId))
            .Select(r => new OverdueReview(r.Id, r.Title, ReviewText.TypeName(r.DocumentType), r.ReviewerName, clocks[r.InstanceId].DueDate,
                today.DayNumber - clocks[r.InstanceId].DueDate.DayNumber))
            .OrderByDescending(o => o.DaysLate).ToList();

        var until = today.AddDays(ContractLedgerQueries.ExpiryAlertDays);
        var expiring = (await db.Set<GovernmentContract>().AsNoTracking().Where(c => c.RegionCode == region && c.EndsOn <= until && c.EndsOn >= today.AddDays(-30))
                .OrderBy(c => c.EndsOn).Take(50).ToListAsync(ct))
            .Select(c => new ExpiringContract(c.Id, c.Name, c.CounterpartyName, c.EndsOn, ContractLedgerQueries.Expiry(c.EndsOn, today))).ToList();

        var scope = new MetricScope(region, subtreePrefix, today.Year);
        var figures = new List<FigureValue>();
        foreach (var definition in metrics.All.Where(d => d.Key.StartsWith("legality_review.", StringComparison.Ordinal)))
        {
            var result = await definition.Query(db, scope, ct);
            var value = definition.Kind == MetricKind.Rate
                ? result.Denominator is > 0 ? $"{result.Numerator * 100 / result.Denominator:0.0}%（{result.Numerator}/{result.Denominator}）" : "—（无数据）"
                : $"{result.Value:0.##}";
            figures.Add(new FigureValue(definition.Key, definition.Name, definition.Unit, value));
        }

        return new DashboardView(today.Year, figures, workload, overdue, expiring, open.Count);
    }
}
