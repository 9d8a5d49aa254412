using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Platform.Data;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.LegalityReview;

/// <summary>ILegalityReviews as other modules use it, and the figures the annual report reads.</summary>
public sealed class LegalityReviewsContractTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private async Task<Guid> RequestAsync(Guid subject, ReviewDocumentType type = ReviewDocumentType.NormativeDocumentDraft)
    {
        await using var scope = factory.SystemScope();
        var reviews = scope.ServiceProvider.GetRequiredService<ILegalityReviews>();
        var id = await reviews.RequestAsync(new LegalityReviewRequest(FazhiFactory.TownA, "normative.document", subject, type, "某镇规范性文件（草案）", "党政办"));
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        return id;
    }

    private async Task<LegalityOpinionStatus?> StatusAsync(Guid subject)
    {
        await using var scope = factory.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<ILegalityReviews>().StatusAsync("normative.document", subject);
    }

    [Fact]
    public async Task Request_IsIdempotentPerSubject_WhileTheReviewIsOpen()
    {
        var subject = Guid.CreateVersion7();

        var first = await RequestAsync(subject);
        var second = await RequestAsync(subject);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task StatusAsync_ReflectsAnIssuedOpinion()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var subject = Guid.CreateVersion7();
        Assert.Null(await StatusAsync(subject));
        var id = await RequestAsync(subject);
        var pending = await StatusAsync(subject);
        Assert.NotNull(pending);
        Assert.Equal(id, pending.ReviewId);
        Assert.False(pending.OpinionIssued);

        var issued = await api.IssuedAsync(id, 2, "第四条应删除");

        var status = await StatusAsync(subject);
        Assert.NotNull(status);
        Assert.True(status.OpinionIssued);
        Assert.Equal(ReviewConclusion.LawfulAfterRevision, status.Conclusion);
        Assert.Equal(api.Today, status.IssuedOn);
        Assert.Equal(issued.GetProperty("opinionNumber").GetString(), status.OpinionNumber);
    }

    private static async Task<(decimal? Value, int Records)> FigureAsync(HttpClient client, string key)
    {
        var figure = await client.GetFromJsonAsync<JsonElement>($"/api/metrics/{key}?year=2026");
        var value = figure.GetProperty("value");
        return (value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal(), figure.GetProperty("records").GetInt32());
    }

    private static async Task<List<string>> RecordIdsAsync(HttpClient client, string key) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/metrics/{key}/records?year=2026&pageSize=200")).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("id").GetString()!).ToList();

    [Fact]
    public async Task Metrics_AnIssuedContractOpinion_MovesContractsAmountTotalAndItems_AndIsAmongTheRecords()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var before = new Dictionary<string, (decimal? Value, int Records)>();
        string[] keys = ["legality_review.contracts", "legality_review.contracts_amount", "legality_review.total", "legality_review.opinion_items", "legality_review.documents"];
        foreach (var key in keys)
        {
            before[key] = await FigureAsync(api.Office, key);
        }

        var review = await api.SubmitAsync(documentType: 5, title: "路灯维护合同", contract: new
        {
            name = "路灯维护合同",
            counterpartyName = "某照明公司",
            creditCode = "91441900MA4UJ2XQ1M",
            amount = 1234.5m,
            startsOn = "2026-03-01",
            endsOn = "2026-12-31",
        });
        var id = ReviewApi.IdOf(review);
        Assert.Equal(before["legality_review.contracts"], await FigureAsync(api.Office, "legality_review.contracts"));
        await api.IssuedAsync(id, 2, "明确违约责任", "约定争议解决方式");

        Assert.Equal(before["legality_review.contracts"].Value + 1, (await FigureAsync(api.Office, "legality_review.contracts")).Value);
        Assert.Equal(before["legality_review.contracts_amount"].Value + 1234.5m, (await FigureAsync(api.Office, "legality_review.contracts_amount")).Value);
        Assert.Equal(before["legality_review.total"].Value + 1, (await FigureAsync(api.Office, "legality_review.total")).Value);
        Assert.Equal(before["legality_review.opinion_items"].Value + 2, (await FigureAsync(api.Office, "legality_review.opinion_items")).Value);
        Assert.Equal(before["legality_review.documents"], await FigureAsync(api.Office, "legality_review.documents"));
        Assert.Contains(id.ToString(), await RecordIdsAsync(api.Office, "legality_review.contracts"));
        Assert.Contains(ReviewApi.IdOf(review.GetProperty("contract")).ToString(), await RecordIdsAsync(api.Office, "legality_review.contracts_amount"));
    }

    [Fact]
    public async Task Metrics_AdoptionAndAdviserParticipation_AreRatesOverTheYearsOpinions()
    {
        await using (var scope = factory.SystemScope())
        {
            var catalog = scope.ServiceProvider.GetRequiredService<Fazhi.Platform.Metrics.MetricCatalog>();
            Assert.Equal(Fazhi.Platform.Metrics.MetricKind.Rate, catalog.Find("legality_review.adoption_rate")!.Kind);
            Assert.Equal(Fazhi.Platform.Metrics.MetricKind.Rate, catalog.Find("legality_review.adviser_participation_rate")!.Kind);
        }

        var api = await ReviewApi.CreateAsync(factory, "441900192");
        var id = ReviewApi.IdOf(await api.SubmitAsync(documentType: 1, title: "党委文件"));
        await api.IssuedAsync(id, 2, "一", "二");
        await api.OkAsync(api.Clerk, id, "answer", new { answers = new object[] { new { number = 1, response = 1 }, new { number = 2, response = 2, reason = "另有安排" } } });

        await using var check = factory.SystemScope();
        var db = check.ServiceProvider.GetRequiredService<AppDbContext>();
        var metrics = check.ServiceProvider.GetRequiredService<Fazhi.Platform.Metrics.MetricCatalog>();
        var scopeOfTown = new Fazhi.Platform.Metrics.MetricScope("441900192", "441900192", 2026);
        var adoption = await metrics.Find("legality_review.adoption_rate")!.Query(db, scopeOfTown, default);
        var adviser = await metrics.Find("legality_review.adviser_participation_rate")!.Query(db, scopeOfTown, default);

        Assert.Equal((1m, 2m), (adoption.Numerator!.Value, adoption.Denominator!.Value));
        Assert.Equal((1m, 1m), (adviser.Numerator!.Value, adviser.Denominator!.Value));
    }
}
