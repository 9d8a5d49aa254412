using Fazhi.Modules.LawStudy.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.LawStudy.Metrics;

/// <summary>
/// The figures of leaders' law study the annual report cites ("共举办了8场领导干部专题学法……等12项法规政策"), each with
/// the sessions, regulations, plan items or exams behind it.
/// </summary>
public static class LawStudyMetrics
{
    private const string Module = "领导干部学法";

    public static readonly MetricDefinition LeaderSessions = new(
        "study.leader_sessions", "领导干部专题学法场次", "场",
        "期间内举办的理论学习中心组学法、领导干部专题学法和常务会议会前学法的场次（按学习日期；旁听庭审、法治讲座另计）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await Sessions(db, scope, ct)).Where(s => s.IsLeadersLawStudy).Select(Record)));

    public static readonly MetricDefinition TheoryGroupSessions = new(
        "study.theory_group_sessions", "理论学习中心组法治专题学习次数", "次",
        "期间内党委理论学习中心组以法治为主题的学习次数（按学习日期）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await Sessions(db, scope, ct)).Where(s => s.Kind == StudyKind.TheoryGroup).Select(Record)));

    public static readonly MetricDefinition Regulations = new(
        "study.regulations", "学习法规政策项数", "项",
        "期间内领导干部专题学法（理论学习中心组学法、专题学法、会前学法）学习的法律法规和政策文件的项数；同一法规政策多次学习只计一项（名称去除书名号、空格后相同即为同一项）。",
        Module, async (db, scope, ct) =>
        {
            var rows = await (from r in db.Set<StudiedRegulation>().AsNoTracking()
                              join s in db.Set<StudySession>().AsNoTracking().InSubtree(scope.SubtreePrefix) on r.SessionId equals s.Id
                              where s.HeldOn >= scope.FirstDay && s.HeldOn < scope.EndDay
                                    && StudySession.LeadersKinds.Contains(s.Kind)
                              orderby s.HeldOn, r.Number, r.Id
                              select new { r.Id, r.Title, r.NormalizedTitle, s.HeldOn }).ToListAsync(ct);
            return MetricResult.CountOf(rows.DistinctBy(r => r.NormalizedTitle)
                .Select(r => new MetricRecord(nameof(StudiedRegulation), r.Id.ToString(), $"{r.HeldOn:yyyy-MM-dd}首次学习：{r.Title}")));
        });

    public static readonly MetricDefinition Attendance = new(
        "study.attendance", "参学人次", "人次",
        "期间内各类学法活动实到人数之和。",
        Module, async (db, scope, ct) =>
        {
            var sessions = await Sessions(db, scope, ct);
            return MetricResult.Quantity(sessions.Sum(s => s.Attended),
                sessions.Select(s => new MetricRecord(nameof(StudySession), s.Id.ToString(), $"{Label(s)}：实到{s.Attended}人")));
        });

    public static readonly MetricDefinition AttendanceRate = new(
        "study.attendance_rate", "学法到会率", "%",
        "分子：期间内各类学法活动实到人数之和；分母：应到人数之和。",
        Module, async (db, scope, ct) =>
        {
            var sessions = await Sessions(db, scope, ct);
            return MetricResult.Rate(sessions.Sum(s => s.Attended), sessions.Sum(s => s.Expected),
                sessions.Select(s => new MetricRecord(nameof(StudySession), s.Id.ToString(), $"{Label(s)}：应到{s.Expected}人，实到{s.Attended}人")));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition CourtObservations = new(
        "study.court_observations", "旁听庭审次数", "次",
        "期间内组织领导干部旁听庭审的次数（按旁听日期）。",
        Module, async (db, scope, ct) => MetricResult.CountOf((await Sessions(db, scope, ct)).Where(s => s.Kind == StudyKind.CourtObservation).Select(Record)));

    public static readonly MetricDefinition PlanCompletionRate = new(
        "study.plan_completion_rate", "专题学习安排完成率", "%",
        "分子：期间所在年度专题学习安排中，月份在期间内、且已有学法活动落实的事项数；分母：月份在期间内的安排事项数。",
        Module, async (db, scope, ct) =>
        {
            var items = await (from i in db.Set<StudyPlanItem>().AsNoTracking()
                               join p in db.Set<StudyPlan>().AsNoTracking().InSubtree(scope.SubtreePrefix) on i.PlanId equals p.Id
                               where p.Year == scope.Year
                                     && i.Month >= scope.FirstDay.Month && i.Month <= scope.EndDay.AddDays(-1).Month
                               orderby p.RegionCode, i.Number
                               select new { i.Id, i.Month, i.Topic }).ToListAsync(ct);
            var ids = items.Select(i => i.Id).ToList();
            var (from, to) = (new DateOnly(scope.Year, 1, 1), new DateOnly(scope.Year + 1, 1, 1));
            var done = (await db.Set<StudySession>().AsNoTracking()
                .Where(s => s.PlanItemId != null && ids.Contains(s.PlanItemId.Value) && s.HeldOn >= from && s.HeldOn < to)
                .Select(s => s.PlanItemId!.Value).ToListAsync(ct)).ToHashSet();
            return MetricResult.Rate(items.Count(i => done.Contains(i.Id)), items.Count,
                items.Select(i => new MetricRecord(nameof(StudyPlanItem), i.Id.ToString(), $"{i.Month}月：{i.Topic}（{(done.Contains(i.Id) ? "已落实" : "未落实")}）")));
        },
        MetricKind.Rate);

    public static readonly MetricDefinition ExamPassRate = new(
        "study.exam_pass_rate", "学法考试合格率", "%",
        "分子：期间内各次学法考试的合格人数之和；分母：参考人数之和。",
        Module, async (db, scope, ct) =>
        {
            var exams = await db.Set<LawExam>().AsNoTracking()
                .InSubtree(scope.SubtreePrefix).Where(e => e.HeldOn >= scope.FirstDay && e.HeldOn < scope.EndDay)
                .OrderBy(e => e.HeldOn).ThenBy(e => e.Id).ToListAsync(ct);
            return MetricResult.Rate(exams.Sum(e => e.Passed), exams.Sum(e => e.Candidates),
                exams.Select(e => new MetricRecord(nameof(LawExam), e.Id.ToString(), $"{e.HeldOn:yyyy-MM-dd} {e.Title}：参考{e.Candidates}人，合格{e.Passed}人")));
        },
        MetricKind.Rate);

    public static readonly IReadOnlyList<MetricDefinition> All =
        [LeaderSessions, TheoryGroupSessions, Regulations, Attendance, AttendanceRate, CourtObservations, PlanCompletionRate, ExamPassRate];

    private static async Task<List<StudySession>> Sessions(AppDbContext db, MetricScope scope, CancellationToken ct) =>
        await db.Set<StudySession>().AsNoTracking()
            .InSubtree(scope.SubtreePrefix).Where(s => s.HeldOn >= scope.FirstDay && s.HeldOn < scope.EndDay)
            .OrderBy(s => s.HeldOn).ThenBy(s => s.Id).ToListAsync(ct);

    private static string Label(StudySession s) => $"{s.HeldOn:yyyy-MM-dd} {s.Topic}";

    private static MetricRecord Record(StudySession s) => new(nameof(StudySession), s.Id.ToString(), Label(s));
}
