using Fazhi.Modules.Governance.Domain;
using Fazhi.Modules.Supervision.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Governance.Metrics;

/// <summary>
/// The figures of the town's rule-of-law committee work (seed: “召开全面依法治镇委员会第四次会议……定期召开依法治镇委员会办公室和
/// 协调小组会议”, the leaders' 述法 and the cadre evaluations), each with the records behind it; no records is 无数据, not 0.
/// </summary>
public static class GovernanceMetrics
{
    private const string Module = "依法治镇";

    public static readonly MetricDefinition CommitteeMeetings = new(
        "governance.committee_meetings", "依法治镇委员会全体会议次数", "次",
        "期间内全面依法治镇委员会召开全体会议的次数（按会议日期；办公室和协调小组会议另计）。",
        Module, async (db, scope, ct) => Count(await MeetingsAsync(db, scope, [BodyKind.Committee], ct)));

    public static readonly MetricDefinition OfficeMeetings = new(
        "governance.office_meetings", "依法治镇委员会办公室和协调小组会议次数", "次",
        "期间内依法治镇委员会办公室会议和各协调小组会议的次数（按会议日期）。",
        Module, async (db, scope, ct) => Count(await MeetingsAsync(db, scope, [BodyKind.Office, BodyKind.CoordinationGroup], ct)));

    public static readonly MetricDefinition Decisions = new(
        "governance.decisions", "委员会会议议定事项数", "项",
        "期间内召开的委员会、办公室和协调小组会议议定的事项数（按会议日期）；每项议定事项交办督查督办。",
        Module, async (db, scope, ct) =>
        {
            var rows = await DecisionsAsync(db, scope, ct);
            return rows.Count == 0 ? MetricResult.NoData() : MetricResult.CountOf(rows.Select(r => r.Record));
        });

    public static readonly MetricDefinition DecisionsDoneRate = new(
        "governance.decisions_done_rate", "议定事项办结率", "%",
        "分子：期间内会议议定事项中，其督办事项在期末前已销号的项数；分母：期间内会议议定事项数（按会议日期）。",
        Module, async (db, scope, ct) =>
        {
            // A rate has no 无数据 shape in the registry: 0/0 prints as no value.
            var rows = await DecisionsAsync(db, scope, ct);
            var closed = await SupervisedTaskFigures.ClosedOnByOriginAsync(db, rows.Select(r => Decision.KeyOf(r.Id)).ToList(), ct);
            var done = rows.Where(r => closed.GetValueOrDefault(Decision.KeyOf(r.Id)) is { } on && on < scope.EndDay).Select(r => r.Id).ToHashSet();
            return MetricResult.Rate(done.Count, rows.Count,
                rows.Select(r => r.Record with { Label = $"{r.Record.Label}（{(done.Contains(r.Id) ? "已销号" : "未办结")}）" }));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition LeaderLawReports = new(
        "governance.leader_law_reports", "领导干部述法人次", "人次",
        "期间内党政主要负责人和领导干部述法的人次（按述法日期；年终述职、专题述法、书面述法均计）。",
        Module, async (db, scope, ct) =>
        {
            var reports = await db.Set<LeaderLawReport>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(r => r.GivenOn >= scope.FirstDay && r.GivenOn < scope.EndDay)
                .OrderBy(r => r.GivenOn).ThenBy(r => r.Id).ToListAsync(ct);
            return reports.Count == 0
                ? MetricResult.NoData()
                : MetricResult.CountOf(reports.Select(r => new MetricRecord(nameof(LeaderLawReport), r.Id.ToString(),
                    $"{r.GivenOn:yyyy-MM-dd} {r.Post}{r.Leader}{r.Year}年度{DisplayNames.Of(r.Occasion)}{(r.IncludesFirstResponsibility ? "（含第一责任人职责）" : "")}")));
        });

    public static readonly MetricDefinition CadreEvaluationsDone = new(
        "governance.cadre_evaluations", "中层干部履职能力评估人次", "人次",
        "期间内完成的中层干部履职能力评估人次（按评估日期；同一人员同一评估周期只评估一次）。",
        Module, async (db, scope, ct) =>
        {
            var rows = await db.Set<CadreEvaluation>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(e => e.EvaluatedOn >= scope.FirstDay && e.EvaluatedOn < scope.EndDay)
                .OrderBy(e => e.EvaluatedOn).ThenBy(e => e.Id).ToListAsync(ct);
            return rows.Count == 0
                ? MetricResult.NoData()
                : MetricResult.CountOf(rows.Select(e => new MetricRecord(nameof(CadreEvaluation), e.Id.ToString(),
                    $"{e.Period} {e.Department}{e.Person}：{e.Total:0.##}分，{e.Grade}")));
        });

    public static readonly IReadOnlyList<MetricDefinition> All =
        [CommitteeMeetings, OfficeMeetings, Decisions, DecisionsDoneRate, LeaderLawReports, CadreEvaluationsDone];

    private static MetricResult Count(List<MetricRecord> records) => records.Count == 0 ? MetricResult.NoData() : MetricResult.CountOf(records);

    private static async Task<List<MetricRecord>> MeetingsAsync(AppDbContext db, MetricScope scope, BodyKind[] kinds, CancellationToken ct)
    {
        var rows = await (from m in db.Set<Meeting>().AsNoTracking().InSubtree(scope.SubtreePrefix)
                          join b in db.Set<CommitteeBody>().AsNoTracking() on m.BodyId equals b.Id
                          where m.HeldOn >= scope.FirstDay && m.HeldOn < scope.EndDay && kinds.Contains(b.Kind)
                          orderby m.HeldOn, m.Id
                          select new { m.Id, m.HeldOn, b.Name }).ToListAsync(ct);
        return rows.Select(r => new MetricRecord(nameof(Meeting), r.Id.ToString(), $"{r.HeldOn:yyyy-MM-dd} {r.Name}会议")).ToList();
    }

    private static async Task<List<(Guid Id, MetricRecord Record)>> DecisionsAsync(AppDbContext db, MetricScope scope, CancellationToken ct)
    {
        var rows = await (from d in db.Set<Decision>().AsNoTracking()
                          join m in db.Set<Meeting>().AsNoTracking().InSubtree(scope.SubtreePrefix) on d.MeetingId equals m.Id
                          where m.HeldOn >= scope.FirstDay && m.HeldOn < scope.EndDay
                          orderby m.HeldOn, d.Number, d.Id
                          select new { d.Id, m.HeldOn, d.Number, d.Text, d.LeadUnit }).ToListAsync(ct);
        return rows.Select(r => (r.Id, new MetricRecord(nameof(Decision), r.Id.ToString(), $"{r.HeldOn:yyyy-MM-dd}会议议定事项{r.Number}：{r.Text}（{r.LeadUnit}牵头）"))).ToList();
    }
}
