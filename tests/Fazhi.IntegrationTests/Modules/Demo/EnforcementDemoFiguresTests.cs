using System.Net.Http.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;

using Xunit.Abstractions;

namespace Fazhi.IntegrationTests.Modules.Demo;

/// <summary>
/// 演示数据·综合行政执法: the demo town's records reproduce the seed report's enforcement paragraph for 2022 ("办理行政处罚案件
/// 700余宗，其中立案查处环境违法行为92宗……检查医疗机构935间次，其中立案查处存在违法行为案件30宗，查处非法行医案件罚没款约129万元";
/// "完成全覆盖检查药店2811家次"; "全年共组织了21个业务学习培训班"), computed from records, the same on every run.
/// </summary>
public sealed class EnforcementDemoFiguresTests(DemoDatabases databases, ITestOutputHelper log) : IClassFixture<DemoDatabases>
{
    private const string Town = FazhiFactory.TownA;

    private static readonly string[] Keys =
    [
        "enforcement.training_sessions", "enforcement.publication_timely_rate", "inspections.pharmacy", "inspections.medical", "enforcement.criminal_arrests",
    ];

    private static readonly string[] CaseKeys = ["enforcement.penalty_cases", "enforcement.environment_cases", "enforcement.medical_cases", "enforcement.fines_amount"];

    private static async Task<MetricFigure> FigureAsync(HttpClient client, string key, int year) =>
        (await client.GetFromJsonAsync<MetricFigure>($"/api/metrics/{key}?region={Town}&year={year}"))!;

    [Fact]
    public async Task DemoTown2022_ReproducesTheSeedEnforcementFigures()
    {
        log.WriteLine($"生成用时：{databases.FirstRun.TotalSeconds:0.0} 秒 / {databases.SecondRun.TotalSeconds:0.0} 秒");
        log.WriteLine(databases.Output);
        var client = await databases.First.ClientWithPermissionsAsync(Town, PlatformPermissions.MetricsRead);

        var penalties = (await FigureAsync(client, "enforcement.penalty_cases", 2022)).Value!.Value;
        Assert.InRange(penalties, 700m, 799m);
        Assert.Equal(92m, (await FigureAsync(client, "enforcement.environment_cases", 2022)).Value);
        Assert.Equal(30m, (await FigureAsync(client, "enforcement.medical_cases", 2022)).Value);
        Assert.Equal(21m, (await FigureAsync(client, "enforcement.training_sessions", 2022)).Value);
        Assert.Equal(2811m, (await FigureAsync(client, "inspections.pharmacy", 2022)).Value);
        Assert.Equal(935m, (await FigureAsync(client, "inspections.medical", 2022)).Value);
        Assert.Equal(100m, (await FigureAsync(client, "enforcement.certified_rate", 2022)).Value);
        Assert.Equal(100m, (await FigureAsync(client, "enforcement.publication_timely_rate", 2022)).Value);
        Assert.Equal(100m, (await FigureAsync(client, "enforcement.legal_review_rate", 2022)).Value);
        Assert.Equal(1_290_000m, (await FigureAsync(client, "enforcement.illegal_medical_practice_fines", 2022)).Value);
        Assert.Equal(23m, (await FigureAsync(client, "enforcement.criminal_arrests", 2022)).Value);
    }

    [Fact]
    public async Task DemoTown2022_IllegalMedicalPracticeCases_Fine1290000Yuan()
    {
        var client = await databases.First.ClientWithPermissionsAsync(Town, Fazhi.Modules.Enforcement.EnforcementPermissions.Read);

        var page = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/enforcement/cases?q=" + Uri.EscapeDataString("未取得医疗机构执业许可证擅自执业") + "&year=2022&pageSize=500");

        var fines = page.GetProperty("items").EnumerateArray().Sum(i => i.GetProperty("fineYuan").GetDecimal());
        Assert.Equal(1_290_000m, fines);
    }

    [Fact]
    public async Task EnforcementDemo_IsDeterministic_SameFiguresAndRecordsOnAFreshDatabase()
    {
        var first = await databases.First.ClientWithPermissionsAsync(Town, PlatformPermissions.MetricsRead);
        var second = await databases.Second.ClientWithPermissionsAsync(Town, PlatformPermissions.MetricsRead);
        foreach (var key in Keys)
        {
            Assert.Equal((await FigureAsync(first, key, 2022)).Value, (await FigureAsync(second, key, 2022)).Value);
            Assert.Equal(await LabelsAsync(first, key), await LabelsAsync(second, key));
        }

        foreach (var key in CaseKeys)
        {
            Assert.Equal((await FigureAsync(first, key, 2022)).Value, (await FigureAsync(second, key, 2022)).Value);
        }
    }

    private static async Task<List<string>> LabelsAsync(HttpClient client, string key)
    {
        var page = await client.GetFromJsonAsync<MetricRecordPage>($"/api/metrics/{key}/records?region={Town}&year=2022&pageSize=200");
        return page!.Items.Select(r => r.Label ?? "").Order(StringComparer.Ordinal).ToList();
    }
}
