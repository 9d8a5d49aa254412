using System.Diagnostics;
using System.Net.Http.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.AnnualReports.Figures;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;

using Microsoft.Extensions.DependencyInjection;

using Xunit.Abstractions;

namespace Fazhi.IntegrationTests.Modules.Demo;

/// <summary>
/// Two fresh databases, each filled by the demo generators once (the tests of the 演示库 collection read them, never
/// write): one demo run is the largest fixture of the suite, so the classes that read the demo share it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoDatabases>
{
    public const string Name = "演示库";
}

public sealed class DemoDatabases : IAsyncLifetime
{
    public FazhiFactory First { get; } = new();

    public FazhiFactory Second { get; } = new();

    public TimeSpan FirstRun { get; private set; }

    public TimeSpan SecondRun { get; private set; }

    public string Output { get; private set; } = "";

    public async Task InitializeAsync()
    {
        (FirstRun, Output) = await GenerateAsync(First);
        (SecondRun, _) = await GenerateAsync(Second);
    }

    private static async Task<(TimeSpan, string)> GenerateAsync(FazhiFactory factory)
    {
        _ = factory.Services; // start the host: migrate, roles, demo accounts (record generation is off in test databases)
        var output = new StringWriter();
        var watch = Stopwatch.StartNew();
        await using (var scope = factory.SystemScope())
        {
            await scope.ServiceProvider.GetRequiredService<GenerateDemo>().RunAsync(output);
        }

        return (watch.Elapsed, output.ToString());
    }

    public Task DisposeAsync()
    {
        First.Dispose();
        Second.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// 演示数据: the demo town's generated records reproduce the figures of the 2022 annual report it models (演示镇 standing
/// in for the seed report's town), the same on every run.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class DemoFiguresTests(DemoDatabases databases, ITestOutputHelper log)
{
    private const string Town = FazhiFactory.TownA;

    private static readonly string[] Keys =
    [
        "legality_review.documents", "legality_review.contracts", "legality_review.contracts_amount",
        "fair_competition.reviewed", "fair_competition.violations", "normative_documents.issued",
        "disputes.screened", "disputes.referred", "mediation.accepted", "mediation.succeeded", "mediation.amount",
    ];

    private static async Task<MetricFigure> FigureAsync(HttpClient client, string key, int year)
    {
        var figure = await client.GetFromJsonAsync<MetricFigure>($"/api/metrics/{key}?region={Town}&year={year}");
        return figure!;
    }

    private static Task<HttpClient> ReaderAsync(FazhiFactory factory) =>
        factory.ClientWithPermissionsAsync(Town, PlatformPermissions.MetricsRead);

    [Fact]
    public async Task DemoTown2022_ReproducesTheAnnualReportFigures()
    {
        log.WriteLine($"生成用时：{databases.FirstRun.TotalSeconds:0.0} 秒 / {databases.SecondRun.TotalSeconds:0.0} 秒");
        log.WriteLine(databases.Output);
        var client = await ReaderAsync(databases.First);

        Assert.Equal(90m, (await FigureAsync(client, "legality_review.documents", 2022)).Value);
        var contracts = await FigureAsync(client, "legality_review.contracts", 2022);
        Assert.Equal(89m, contracts.Value);
        Assert.Equal(50m, contracts.Previous);
        Assert.Equal(50m, (await FigureAsync(client, "legality_review.contracts", 2021)).Value);
        Assert.Equal("同比增长78%", FigureFormat.YearOnYear(contracts.Yoy!.Value));
        var amount = (await FigureAsync(client, "legality_review.contracts_amount", 2022)).Value!.Value;
        Assert.Equal(7_640_000_000.00m, amount);
        Assert.Equal("约76.4亿元", FigureFormat.ApproximateMoney(amount));
        Assert.Equal(44m, (await FigureAsync(client, "fair_competition.reviewed", 2022)).Value);
        Assert.Equal(0m, (await FigureAsync(client, "fair_competition.violations", 2022)).Value);
        Assert.Equal(6m, (await FigureAsync(client, "normative_documents.issued", 2022)).Value);
    }

    /// <summary>
    /// The seed: "今年以来共收集和排查纠纷453宗，推送属事部门介入处置34宗"; "共受理调解案件5911宗，成功调解5693宗，调解成功率为96.3%，
    /// 涉及金额5792.14元" — the screening at full size, the mediation divided by MediationDemo.Scale with the same rate.
    /// </summary>
    [Fact]
    public async Task DemoTown2022_ScreeningAndMediation_FollowTheReport()
    {
        var client = await ReaderAsync(databases.First);

        Assert.Equal(453m, (await FigureAsync(client, "disputes.screened", 2022)).Value);
        Assert.Equal(34m, (await FigureAsync(client, "disputes.referred", 2022)).Value);
        Assert.Equal(5911 / Fazhi.Modules.Mediation.Demo.MediationDemo.Scale, (int)(await FigureAsync(client, "mediation.accepted", 2022)).Value!.Value);
        Assert.Equal(5693 / Fazhi.Modules.Mediation.Demo.MediationDemo.Scale, (int)(await FigureAsync(client, "mediation.succeeded", 2022)).Value!.Value);
        Assert.Equal("96.3%", FigureFormat.Rate((await FigureAsync(client, "mediation.success_rate", 2022)).Value!.Value));
        Assert.Equal(579214 / Fazhi.Modules.Mediation.Demo.MediationDemo.Scale / 100m, (await FigureAsync(client, "mediation.amount", 2022)).Value);
        Assert.Equal(5m, (await FigureAsync(client, "mediation.committees", 2022)).Value);
    }

    [Fact]
    public async Task DemoTown2022_AnnualReportDocx_CarriesTheSeedFigures_ComputedFromRecords()
    {
        var client = await databases.First.ClientWithPermissionsAsync(Town);
        var created = await client.PostAsJsonAsync("/api/annual-reports", new { year = 2022 });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").ToString();
        var docx = await client.GetByteArrayAsync($"/api/annual-reports/{id}/export.docx");
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        var text = doc.MainDocumentPart!.Document.Body!.InnerText;
        // The seed: "2022年全镇共办理行政处罚案件700余宗,其中立案查处环境违法行为92宗……罚没款约129万元;逮捕……犯罪人员23人";
        // "共90份党委政府文件、89份政府经济合同经法律顾问合法性审查,同比增长78%,涉及金额约76.4亿元" ; "44份文件" ; 规范性文件6件.
        foreach (var expected in new[] { "90件党委政府文件", "89份政府经济合同", "同比增长78%", "约76.4亿元", "对44件政策措施文件", "未发现违反公平竞争规则的情形", "出台规范性文件6件",
            "将2项决策事项纳入重大行政决策事项目录", "组织了21个业务学习培训班", "检查药店2811家次", "行政处罚案件700余宗", "环境违法行为92宗",
            "检查医疗机构935间次", "存在违法行为案件30宗", "罚没款约129万元", "犯罪人员23人" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DemoGeneration_IsDeterministic_SameFiguresAndRecordsOnAFreshDatabase()
    {
        var first = await ReaderAsync(databases.First);
        var second = await ReaderAsync(databases.Second);
        foreach (var key in Keys)
        {
            foreach (var year in new[] { 2021, 2022 })
            {
                Assert.Equal((await FigureAsync(first, key, year)).Value, (await FigureAsync(second, key, year)).Value);
                Assert.Equal(await LabelsAsync(first, key, year), await LabelsAsync(second, key, year));
            }
        }
    }

    /// <summary>The records behind a figure by their labels (numbers, titles, amounts), ids aside: ids are new on every run.</summary>
    private static async Task<List<string>> LabelsAsync(HttpClient client, string key, int year)
    {
        var page = await client.GetFromJsonAsync<MetricRecordPage>($"/api/metrics/{key}/records?region={Town}&year={year}&pageSize=200");
        return page!.Items.Select(r => r.Label ?? "").Order(StringComparer.Ordinal).ToList();
    }
}
