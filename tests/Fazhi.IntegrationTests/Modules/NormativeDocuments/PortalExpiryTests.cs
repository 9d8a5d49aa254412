using System.Net;
using System.Text.Json;

using Fazhi.Modules.NormativeDocuments.Validity;

using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

using static Fazhi.IntegrationTests.Modules.NormativeDocuments.NormativeHost;

namespace Fazhi.IntegrationTests.Modules.NormativeDocuments;

/// <summary>
/// The public list on a date after an expiry: the nightly check flips the expired document, which stays listed with
/// 【已失效】; the valid one stays 有效; anonymous readers see both, with personal data masked. Own host: it moves the clock.
/// </summary>
public sealed class PortalExpiryTests : IDisposable
{
    private readonly NormativeHost _host = new();

    [Fact]
    public async Task PublicList_AfterExpiry_ShowsExpiredMarked_AndInForceValid_WithPersonalDataMasked()
    {
        var client = await _host.ApiClientAsync();
        var shortLived = await _host.PublishedAsync(client, "某某镇春耕临时用工补贴发放办法", new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 31),
            body: "联系人张三，电话13812345678，身份证号441900199001011234。");
        var lasting = await _host.PublishedAsync(client, "某某镇河道管理规定", new DateOnly(2026, 3, 2));

        _host.Base.Clock.Advance(TimeSpan.FromDays(31)); // 2026-04-02 in China: 有效期至 2026-03-31 has passed
        await using (var scope = _host.App.Services.CreateAsyncScope())
        {
            // The hosted check may already have run on the clock's tick: either way the document is flipped once.
            await scope.ServiceProvider.GetRequiredService<CheckValidityPeriods>().RunAsync();
        }

        var anonymous = _host.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var html = await anonymous.GetStringAsync("/portal/normative-documents");
        Assert.Contains("【已失效】某某镇春耕临时用工补贴发放办法", html);
        Assert.Contains("某某镇河道管理规定", html);
        Assert.DoesNotContain("【已失效】某某镇河道管理规定", html);

        var list = await OkAsync(anonymous.GetAsync("/api/normative-documents/public"));
        var items = list.GetProperty("items").EnumerateArray().ToList();
        var expired = items.Single(i => i.GetProperty("id").GetGuid() == shortLived);
        Assert.Equal("已失效", expired.GetProperty("status").GetString());
        Assert.Equal("2026-04-01", expired.GetProperty("endedOn").GetString());
        Assert.Equal("有效", items.Single(i => i.GetProperty("id").GetGuid() == lasting).GetProperty("status").GetString());

        var detail = await anonymous.GetStringAsync($"/portal/normative-documents/{shortLived}");
        Assert.Contains("138****5678", detail);
        Assert.Contains("441900********1234", detail);
        Assert.DoesNotContain("13812345678", detail);
        Assert.DoesNotContain("441900199001011234", detail);

        // A second run changes nothing; the flip is an audited step of the system in the document's timeline.
        await using (var scope = _host.App.Services.CreateAsyncScope())
        {
            Assert.Equal(0, (await scope.ServiceProvider.GetRequiredService<CheckValidityPeriods>().RunAsync()).Expired);
        }

        var view = await OkAsync(client.GetAsync($"/api/normative-documents/{shortLived}"));
        Assert.Equal("Expired", view.GetProperty("status").GetString());
        var last = view.GetProperty("timeline").EnumerateArray().Last();
        Assert.Equal("有效期届满失效", last.GetProperty("action").GetString());
        Assert.Equal("system", last.GetProperty("actor").GetString());
    }

    [Fact]
    public async Task PublicList_TheDayAfterExpiry_ShowsExpired_BeforeTheValidityCheckHasRun()
    {
        var client = await _host.ApiClientAsync();
        var shortLived = await _host.PublishedAsync(client, "某某镇清明节期间森林防火临时管控办法", new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 31));

        _host.Base.Clock.Advance(TimeSpan.FromDays(31)); // 2026-04-02 in China; no validity check is run here
        var anonymous = _host.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var item = (await OkAsync(anonymous.GetAsync("/api/normative-documents/public"))).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("id").GetGuid() == shortLived);
        Assert.Equal("已失效", item.GetProperty("status").GetString());
        Assert.Equal("2026-04-01", item.GetProperty("endedOn").GetString());
        var valid = await OkAsync(anonymous.GetAsync("/api/normative-documents/public?status=valid"));
        Assert.DoesNotContain(valid.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == shortLived);
        var ended = await OkAsync(anonymous.GetAsync("/api/normative-documents/public?status=ended"));
        Assert.Contains(ended.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == shortLived);
        Assert.Contains("【已失效】某某镇清明节期间森林防火临时管控办法", await anonymous.GetStringAsync("/portal/normative-documents"));
        var staffValid = await OkAsync(client.GetAsync("/api/normative-documents?status=valid&pageSize=200"));
        Assert.DoesNotContain(staffValid.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == shortLived);
    }

    [Fact]
    public async Task PublicSearch_FindsByTitleNumberAndText_AndShowsOnlyPublishedDocuments()
    {
        var client = await _host.ApiClientAsync();
        var published = await _host.PublishedAsync(client, "某某镇古树名木保护办法", new DateOnly(2026, 3, 2), body: "第三条 樟树、榕树等古树名木由镇林业站登记。");
        var draft = await CreateAsync(client, "某某镇古树名木养护补助办法（草案）");
        var anonymous = _host.App.CreateClient();

        var byText = await OkAsync(anonymous.GetAsync("/api/normative-documents/public?q=" + Uri.EscapeDataString("榕树")));
        var byTitle = await OkAsync(anonymous.GetAsync("/api/normative-documents/public?q=" + Uri.EscapeDataString("古树名木")));
        var number = (await OkAsync(client.GetAsync($"/api/normative-documents/{published}"))).GetProperty("documentNumber").GetString()!;
        var byNumber = await OkAsync(anonymous.GetAsync("/api/normative-documents/public?q=" + Uri.EscapeDataString(number)));

        Assert.Contains(byText.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == published);
        Assert.Contains(byNumber.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == published);
        Assert.DoesNotContain(byTitle.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == draft);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/portal/normative-documents/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/normative-documents/public/{draft}")).StatusCode);
        var page = await anonymous.GetStringAsync("/portal/normative-documents?q=" + Uri.EscapeDataString("榕树"));
        Assert.Contains("某某镇古树名木保护办法", page);
    }

    [Fact]
    public async Task EvaluationReminder_IsRecorded_SixMonthsBeforeExpiry()
    {
        var client = await _host.ApiClientAsync();
        var soon = await _host.PublishedAsync(client, "某某镇防汛物资储备暂行办法", new DateOnly(2026, 3, 2), new DateOnly(2026, 8, 31));
        var later = await _host.PublishedAsync(client, "某某镇集贸市场管理暂行办法", new DateOnly(2026, 3, 2), new DateOnly(2027, 12, 31));

        await using (var scope = _host.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CheckValidityPeriods>().RunAsync();
        }

        Assert.NotEqual(JsonValueKind.Null, (await OkAsync(client.GetAsync($"/api/normative-documents/{soon}"))).GetProperty("evaluationRemindedOn").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await OkAsync(client.GetAsync($"/api/normative-documents/{later}"))).GetProperty("evaluationRemindedOn").ValueKind);
        var due = await OkAsync(client.GetAsync("/api/normative-documents?evaluationDue=true&pageSize=200"));
        Assert.Contains(due.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == soon);
        Assert.DoesNotContain(due.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == later);
    }

    public void Dispose() => _host.Dispose();
}
