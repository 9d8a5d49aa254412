using System.Globalization;
using System.Security.Claims;

using Fazhi.Modules.AnnualReports.Domain;
using Fazhi.Modules.AnnualReports.Figures;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Regions;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.AnnualReports.Dashboard;

/// <summary>A figure on the workbench: the year's value as a report prints it and the value of each month.</summary>
public sealed record DashboardFigure(string Key, string Name, string Unit, decimal? Value, string Printed, IReadOnlyList<decimal?> Months);

/// <summary>The figures of one area (the first segment of the metric key, e.g. <c>enforcement</c>).</summary>
public sealed record DashboardGroup(string Prefix, string Module, IReadOnlyList<DashboardFigure> Figures);

/// <summary>Counting clocks past or near their due date, for one procedure in one region.</summary>
public sealed record DashboardClocks(string Procedure, string RegionCode, string RegionName, int Overdue, int NearDue, DateOnly EarliestDue);

/// <summary>A procedure waiting for a step the current user may take.</summary>
public sealed record DashboardWaiting(Guid InstanceId, string Procedure, string State, string Actions, string RegionName, DateOnly Since, string? Link);

/// <summary>领导驾驶舱 (leader's workbench) for one year and the user's region subtree.</summary>
public sealed record LeaderDashboardView(
    int Year, string RegionCode, string RegionName, IReadOnlyList<DashboardGroup> Groups, IReadOnlyList<DashboardClocks> Clocks,
    IReadOnlyList<DashboardWaiting> Waiting);

/// <summary>
/// 领导驾驶舱: every registered figure (iterated from the registry, grouped by key prefix — nothing hard-coded) for the year
/// with its monthly trend, the clocks that are overdue or near due by procedure and region, and what waits for this user.
/// Figures and clocks are the user's region subtree (the registry and the region filter see to it).
/// </summary>
public sealed class LeaderDashboard(AppDbContext db, MetricCatalog catalog, EvaluateMetric evaluate, ProcedureRegistry procedures, TimeProvider clock)
{
    public const int MaxWaiting = 50;

    public async Task<LeaderDashboardView> ExecuteAsync(ClaimsPrincipal user, int year, CancellationToken ct)
    {
        var region = user.FindFirstValue(FazhiClaims.Region) ?? "";
        var place = await db.Set<Region>().AsNoTracking().FirstOrDefaultAsync(r => r.Code == region, ct);
        var yearText = year.ToString(CultureInfo.InvariantCulture);

        var groups = new List<DashboardGroup>();
        foreach (var group in catalog.All.GroupBy(d => d.Key[..d.Key.IndexOf('.', StringComparison.Ordinal)], StringComparer.Ordinal))
        {
            var figures = new List<DashboardFigure>();
            foreach (var definition in group)
            {
                var monthly = await evaluate.MonthlyAsync(definition.Key, region, yearText, region, ct);
                figures.Add(new DashboardFigure(definition.Key, definition.Name, definition.Unit, monthly.Value,
                    monthly.Value is { } v ? FigureFormat.Value(v, definition.Unit) : "—", monthly.Months));
            }

            groups.Add(new DashboardGroup(group.Key, group.First().Module, figures));
        }

        return new LeaderDashboardView(year, region, place?.Name ?? region, groups, await ClocksAsync(ct), await WaitingAsync(user, ct));
    }

    private async Task<IReadOnlyList<DashboardClocks>> ClocksAsync(CancellationToken ct)
    {
        var today = LegalDate.Today(clock);
        var rows = await (
                from c in db.Set<Clock>().AsNoTracking()
                join i in db.Set<ProcedureInstance>() on c.InstanceId equals i.Id
                where (c.Status == ClockStatus.Running || c.Status == ClockStatus.Overdue) && c.WarnOn <= today
                select new { c.RegionCode, c.DueDate, i.DefinitionKey, i.DefinitionVersion })
            .ToListAsync(ct);
        var names = await RegionNamesAsync(rows.Select(r => r.RegionCode), ct);
        return rows
            .GroupBy(r => (Procedure: procedures.Find(r.DefinitionKey, r.DefinitionVersion)?.Name ?? r.DefinitionKey, r.RegionCode))
            .Select(g => new DashboardClocks(g.Key.Procedure, g.Key.RegionCode, names.GetValueOrDefault(g.Key.RegionCode, g.Key.RegionCode),
                g.Count(r => r.DueDate < today), g.Count(r => r.DueDate >= today), g.Min(r => r.DueDate)))
            .OrderByDescending(c => c.Overdue).ThenBy(c => c.EarliestDue).ThenBy(c => c.RegionCode, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Instances whose current state has an action this user may take (by permission or role), oldest first.</summary>
    private async Task<IReadOnlyList<DashboardWaiting>> WaitingAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var actor = ProcedureActor.From(user);
        var found = new List<(ProcedureInstance Instance, ProcedureDefinition Definition, string Actions)>();
        foreach (var definition in procedures.All)
        {
            var actionsByState = definition.States
                .Select(s => (s.Key, Actions: definition.Actions.Where(a => a.From.Contains(s.Key) && actor.MayTake(a)).Select(a => a.Name).ToList()))
                .Where(s => s.Actions.Count > 0)
                .ToDictionary(s => s.Key, s => string.Join("、", s.Actions), StringComparer.Ordinal);
            if (actionsByState.Count == 0)
            {
                continue;
            }

            var states = actionsByState.Keys.ToList();
            var instances = await db.Set<ProcedureInstance>().AsNoTracking()
                .Where(i => i.DefinitionKey == definition.Key && i.DefinitionVersion == definition.Version && states.Contains(i.State))
                .OrderBy(i => i.LastStepOn).Take(MaxWaiting).ToListAsync(ct);
            found.AddRange(instances.Select(i => (i, definition, actionsByState[i.State])));
        }

        var top = found.OrderBy(f => f.Instance.LastStepOn).Take(MaxWaiting).ToList();
        var names = await RegionNamesAsync(top.Select(f => f.Instance.RegionCode), ct);
        return top.Select(f => new DashboardWaiting(f.Instance.Id, f.Definition.Name, f.Definition.State(f.Instance.State).Name, f.Actions,
                names.GetValueOrDefault(f.Instance.RegionCode, f.Instance.RegionCode), f.Instance.LastStepOn,
                f.Instance.SubjectType == AnnualReportProcedure.SubjectType ? $"/annual-reports/{f.Instance.SubjectId}" : null))
            .ToList();
    }

    private async Task<Dictionary<string, string>> RegionNamesAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var list = codes.Distinct().ToList();
        return await db.Set<Region>().AsNoTracking().Where(r => list.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Name, ct);
    }
}
