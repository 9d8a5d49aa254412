using Fazhi.Modules.Indicators.Domain;
using Fazhi.Modules.Indicators.Submissions;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Indicators.Demo;

/// <summary>
/// 部门数据报送演示数据 for 演示镇: the departments report 2021 and 2022 in the following January and the 依法治镇办 accepts
/// them (one returned first and corrected). The 2022 market and trademark values are the seed report's (66726户, 同比增长
/// 11.77%; 10299户, 同比增长16.86%; 21400件; 2487件), so the year-on-year changes are computed, not typed.
/// </summary>
public sealed class IndicatorsDemo : IDemoData
{
    private const string Submitter = "demo.market";
    private const string Reviewer = "demo.legal-office";

    private static readonly (string Key, decimal Y2021, decimal Y2022, string Department, string Source)[] Values =
    [
        ("market.entities", 59700, 66726, "镇市场监督管理分局", "广东省市场主体登记系统年末在册统计"),
        ("market.new_entities", 8813, 10299, "镇市场监督管理分局", "广东省市场主体登记系统年度新设登记统计"),
        ("ip.trademarks_valid", 18913, 21400, "镇市场监督管理分局", "国家知识产权局商标数据年末有效注册量"),
        ("ip.trademarks_new", 2210, 2487, "镇市场监督管理分局", "国家知识产权局商标数据年度核准注册量"),
        ("publicity.law_events", 41, 48, "镇司法所", "镇普法工作台账"),
        ("legal_aid.cases", 58, 63, "镇司法所", "广东省法律援助管理系统年度受理统计"),
        ("legal_advisers.village_coverage", 100, 100, "镇司法所", "一村（社区）一法律顾问工作台账"),
    ];

    public string Name => "部门数据报送（市场主体、商标、普法、法律援助等年度数据及审核）";

    public int Order => 64;

    public async Task GenerateAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var services = new DemoServices(context, new DateOnly(2022, 1, 10));
        var db = services.Get<AppDbContext>();
        if (await db.Set<IndicatorSubmission>().AnyAsync(s => s.RegionCode == DemoContext.Town, ct))
        {
            return;
        }

        var calendar = await services.CalendarAsync(ct);
        var uses = services.Get<SubmissionUseCases>();
        var accepted = 0;
        foreach (var year in new[] { 2021, 2022 })
        {
            var submitted = calendar.OnOrAfter(new DateOnly(year + 1, 1, 10));
            services.Clock.Set(submitted);
            var ids = new List<Guid>();
            foreach (var (key, y2021, y2022, department, source) in Values)
            {
                var value = year == 2021 ? y2021 : y2022;
                if (year == 2022 && key == "legal_aid.cases")
                {
                    // First reported with the half-year figure, returned by the office, then corrected.
                    var wrong = await uses.SubmitAsync(new SubmitInput(key, year, 36, department, "镇司法所半年统计"), Submitter, ct, DemoContext.Town);
                    services.Clock.Set(submitted, 300);
                    await uses.ReturnAsync(wrong.Id, new ReviewInput("报送的是上半年数据，请按全年受理数更正"), Reviewer, ct);
                    services.Clock.Set(calendar.After(submitted, 1));
                }

                ids.Add((await uses.SubmitAsync(new SubmitInput(key, year, value, department, source), Submitter, ct, DemoContext.Town)).Id);
            }

            services.Clock.Set(calendar.After(submitted, 2), 120);
            foreach (var id in ids)
            {
                await uses.AcceptAsync(id, Reviewer, ct);
                accepted++;
            }

            db.ChangeTracker.Clear();
        }

        context.Report($"部门数据报送：已审核采用{accepted}项年度数据");
    }
}
