using Fazhi.Modules.AnnualReports.Checks;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.AnnualReports.Domain;

/// <summary>What the approval gate looks at: the consistency check results of the rendered report.</summary>
public sealed record ApprovalContext(IReadOnlyList<ConsistencyIssue> Issues)
{
    public bool HasBlockingIssues => Issues.Any(i => i.HoldsApproval);
}

/// <summary>
/// 年度报告办理程序 (law.md §1 workflow): 起草 → 审核（依法治镇办）→ 审定（党政主要负责人）→ 报送上一级党委政府 → 保密审查 →
/// 公开. Publication needs both submission and the confidentiality review, which the state order guarantees.
/// </summary>
public static class AnnualReportProcedure
{
    public const string Key = "annual_report.report";
    public const string SubjectType = "annual_report";

    public const string Draft = "draft";
    public const string Reviewed = "reviewed";
    public const string Approved = "approved";
    public const string Submitted = "submitted";
    public const string Cleared = "cleared";
    public const string Published = "published";

    public const string ReviewAction = "review";
    public const string ReturnAction = "return";
    public const string ApproveAction = "approve";
    public const string SubmitAction = "submit";
    public const string ClearAction = "clear";
    public const string PublishAction = "publish";

    public static readonly LegalBasis Regulation = new("《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）");

    public static readonly ProcedureDefinition V1 = new(Key, 1, "法治政府建设年度报告")
    {
        States =
        [
            new(Draft, "起草中"), new(Reviewed, "已审核"), new(Approved, "已审定"),
            new(Submitted, "已报送"), new(Cleared, "已保密审查"), new(Published, "已公开"),
        ],
        InitialState = Draft,
        Actions =
        [
            new(ReviewAction, "审核（依法治镇办）", [Draft], Reviewed) { Permissions = [AnnualReportsPermissions.Review] },
            new(ReturnAction, "退回修改", [Reviewed, Approved], Draft) { Permissions = [AnnualReportsPermissions.Review, AnnualReportsPermissions.Approve] },
            new(ApproveAction, "审定", [Reviewed], Approved)
            {
                Permissions = [AnnualReportsPermissions.Approve],
                Gates =
                [
                    Gate.For<ApprovalContext>(c => !c.HasBlockingIssues,
                        "报告未通过一致性检查（数字须由指标计算、比率与分子分母一致、必备章节不得为空、无数据的指标不得印出，手工填写的数字须核实并写明理由确认），请修改或确认后再审定",
                        new LegalBasis(Regulation.Citation + "：年度报告应当报告上一年度推进法治政府建设的主要举措和成效、存在的不足和原因、第一责任人履职情况、下一年度主要安排")),
                ],
            },
            new(SubmitAction, "报送上一级党委和政府", [Approved], Submitted) { Permissions = [AnnualReportsPermissions.Submit] },
            new(ClearAction, "保密审查", [Submitted], Cleared) { Permissions = [AnnualReportsPermissions.Publish] },
            new(PublishAction, "向社会公开", [Cleared], Published) { Permissions = [AnnualReportsPermissions.Publish] },
        ],
    };
}

/// <summary>The legal date a step is due by, whether it was met, and how the date was computed.</summary>
public sealed record ReportDeadline(string Name, DateOnly DueOn, DateOnly? DoneOn, bool Overdue, IReadOnlyList<string> Explanation);

/// <summary>
/// 报送与公开期限 (law.md AR-1, AR-2). They are fixed calendar dates of the following year, not periods counted from an
/// event, so they are computed here rather than as procedure-engine clocks (which count periods from a start event).
/// </summary>
public static class ReportDeadlines
{
    public static IReadOnlyList<ReportDeadline> For(AnnualReport report, AnnualReportSetting? setting, DateOnly today) =>
        For(report.Year, report.SubmittedOn, report.PublishedOn, setting, today);

    /// <summary>The deadlines of a region's report for a year, also when no report exists yet (both dates then null).</summary>
    public static IReadOnlyList<ReportDeadline> For(int year, DateOnly? submittedOn, DateOnly? publishedOn, AnnualReportSetting? setting, DateOnly today)
    {
        var (sm, sd, pm, pd, source) = setting is null
            ? (3, 1, 4, 1, "本单位未设置，采用默认值")
            : (setting.SubmitMonth, setting.SubmitDay, setting.PublishMonth, setting.PublishDay, "采用本单位的报送设置");
        var submitBy = new DateOnly(year + 1, sm, sd);
        var publishBy = new DateOnly(year + 1, pm, pd);
        return
        [
            new("报送上一级党委和政府", submitBy, submittedOn,
                submittedOn is null ? today > submitBy : submittedOn > submitBy,
                [
                    $"报告年度为{year}年，须于次年{sm}月{sd}日前报送，即{Day(submitBy)}（{source}）。",
                    "依据：" + AnnualReportProcedure.Regulation.Citation + "，市、县、乡党委和政府每年3月1日前向上一级党委和政府报告（省级工作指引的表述；乡镇是否适用3月1日尚待核实，故可按地区设置）。",
                    "期限为固定日期，不因节假日顺延。",
                ]),
            new("向社会公开", publishBy, publishedOn,
                publishedOn is null ? today > publishBy : publishedOn > publishBy,
                [
                    $"须于次年{pm}月{pd}日前通过报刊、网站等向社会公开，即{Day(publishBy)}（{source}）。",
                    "依据：" + AnnualReportProcedure.Regulation.Citation + "，年度报告每年4月1日前向社会公开（涉及党和国家秘密的除外），公开前须经保密审查。",
                ]),
        ];
    }

    private static string Day(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";
}
