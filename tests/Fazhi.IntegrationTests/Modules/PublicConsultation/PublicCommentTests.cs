using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.PublicConsultation.Contracts;
using Fazhi.Modules.PublicConsultation.Domain;
using Fazhi.Platform.Crypto;
using Fazhi.Platform.Data;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.PublicConsultation;

/// <summary>Comments from the public: the window, the rate limit, 先审后发, inert markup, the encrypted phone, anchored passages.</summary>
public sealed class PublicCommentTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    [Fact]
    public async Task CommentAfterTheWindowCloses_IsRefusedCitingArticle15_Api()
    {
        var api = await ConsultationApi.CreateAsync(factory);
        var closed = await api.OpenClosedAsync();

        var response = await ConsultationApi.CommentAsync(api.PublicClient(), closed, "还能提意见吗？");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("截止", problem.GetProperty("detail").GetString());
        Assert.Contains("第十五条", problem.GetProperty("legalBasis").GetString());
    }

    [Fact]
    public async Task CommentAfterTheWindowCloses_IsRefusedWithAClearMessage_Page()
    {
        var api = await ConsultationApi.CreateAsync(factory);
        var open = await api.OpenAsync();
        var closed = await api.OpenClosedAsync();
        var client = api.PublicClient();

        var page = await client.GetStringAsync($"/portal/consultations/{closed}");
        Assert.Contains("不再接收意见", page);
        Assert.DoesNotContain("id=\"comment\"", page);

        // The form is gone; a crafted post (token taken from an open consultation's form) is refused all the same.
        var response = await FazhiFactory.PostFormAsync(client, $"/portal/consultations/{closed}", new() { ["Body"] = "迟到的意见" }, $"/portal/consultations/{open}");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("截止", html);
        Assert.Contains("第十五条", html);
    }

    [Fact]
    public async Task CommentInsideTheWindow_IsAcceptedThroughThePage_AndHeldForModeration()
    {
        var api = await ConsultationApi.CreateAsync(factory);
        var id = await api.OpenAsync();
        var client = api.PublicClient();

        var response = await FazhiFactory.PostFormAsync(client, $"/portal/consultations/{id}", new() { ["Body"] = "建议增设早市时段", ["Phone"] = "" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var comments = await api.JsonAsync($"/api/consultations/{id}/comments?status=Pending");
        Assert.Contains(comments.GetProperty("items").EnumerateArray(), c => c.GetProperty("body").GetString() == "建议增设早市时段");
    }

    [Fact]
    public async Task HundredCommentsFromOneClientInAMinute_AreThrottledWith429AfterTheLimit()
    {
        var api = await ConsultationApi.CreateAsync(factory);
        var id = await api.OpenAsync();
        var client = api.PublicClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? rejected = null;
        for (var i = 0; i < 100; i++)
        {
            var response = await ConsultationApi.CommentAsync(client, id, $"意见{i}");
            statuses.Add(response.StatusCode);
            rejected ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.Accepted));
        Assert.Equal(95, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.All(statuses.Skip(5), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.NotNull(rejected);
        Assert.True(rejected.Headers.Contains("Retry-After"));
        Assert.Contains("频繁", (await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());

        // Another client is not throttled by the first one's flood; nor are reads.
        Assert.Equal(HttpStatusCode.Accepted, (await ConsultationApi.CommentAsync(api.PublicClient(), id, "另一位居民的意见")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/portal/consultations/{id}")).StatusCode);
    }

    [Fact]
    public async Task CommentsThroughThePage_AreThrottledToo_AfterFivePerMinute()
    {
        var api = await ConsultationApi.CreateAsync(factory);
        var id = await api.OpenAsync();
        var client = api.PublicClient();
        var token = await FazhiFactory.AntiforgeryTokenAsync(client, $"/portal/consultations/{id}");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Body"] = $"表单意见{i}", ["__RequestVerificationToken"] = token });
            statuses.Add((await client.PostAsync($"/portal/consultations/{id}", form)).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Redirect, 5), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task ModerationActions_AreAudited_WithTheModerator()
    {
        var api = await ConsultationApi.CreateAsync(factory);
        var id = await api.OpenAsync();
        var commentId = await api.CommentIdAsync(id, "审计测试意见");

        Assert.Equal(HttpStatusCode.OK, (await api.ActAsync(id, commentId, "approve")).StatusCode);

        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var trail = await db.Set<Fazhi.Platform.Audit.AuditEntry>().Where(a => a.EntityId == commentId.ToString()).ToListAsync();
        Assert.Contains(trail, a => a.Actor == "anonymous");
        Assert.Contains(trail, a => a.Actor != "anonymous" && a.After != null && a.Action == "Update" && a.After.Contains("\"ModeratedBy\"", StringComparison.Ordinal) && a.After.Contains("\"Status\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CommentWithScript_IsStoredInert_AndShownAsTextOnThePortalAfterApproval()
    {
        var api = await ConsultationApi.CreateAsync(factory);
        var id = await api.OpenAsync();
        const string payload = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
        var commentId = await api.CommentIdAsync(id, payload);

        Assert.Equal(payload, (await api.RowAsync(commentId)).Body);
        Assert.Equal(HttpStatusCode.OK, (await api.ActAsync(id, commentId, "approve")).StatusCode);

        foreach (var html in new[] { await api.PublicClient().GetStringAsync($"/portal/consultations/{id}"), await api.Staff.GetStringAsync($"/consultations/{id}") })
        {
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.Contains("&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;", html);
        }
    }

    [Fact]
    public async Task CommentControlCharacters_AreStripped_AndLengthIsLimited()
    {
        var api = await ConsultationApi.CreateAsync(factory);
        var id = await api.OpenAsync();

        var commentId = await api.CommentIdAsync(id, "第一行\u0000\u0007\u202E\r\n第二行");
        Assert.Equal("第一行\n第二行", (await api.RowAsync(commentId)).Body);

        var tooLong = await ConsultationApi.CommentAsync(api.PublicClient(), id, new string('长', 2001));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("2000", await tooLong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Comments_AreNotPublicBeforeApproval()
    {
        var api = await ConsultationApi.CreateAsync(factory);
        var id = await api.OpenAsync();
        var commentId = await api.CommentIdAsync(id, "待审核的意见内容甲乙丙");
        var reader = api.PublicClient();

        Assert.DoesNotContain("待审核的意见内容甲乙丙", await reader.GetStringAsync($"/portal/consultations/{id}"));
        Assert.DoesNotContain("待审核的意见内容甲乙丙", await reader.GetStringAsync($"/api/consultations/public/{id}"));

        Assert.Equal(HttpStatusCode.OK, (await api.ActAsync(id, commentId, "approve")).StatusCode);

        Assert.Contains("待审核的意见内容甲乙丙", await reader.GetStringAsync($"/portal/consultations/{id}"));
        Assert.Contains("待审核的意见内容甲乙丙", await reader.GetStringAsync($"/api/consultations/public/{id}"));
    }

    [Fact]
    public async Task HiddenComment_NeedsAReason_AndNeverBecomesPublic()
    {
        var api = await ConsultationApi.CreateAsync(factory);
        var id = await api.OpenAsync();
        var commentId = await api.CommentIdAsync(id, "广告：出售二手摊位");

        Assert.Equal(HttpStatusCode.BadRequest, (await api.ActAsync(id, commentId, "hide")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.ActAsync(id, commentId, "hide", new { reason = "广告内容" })).StatusCode);

        Assert.DoesNotContain("出售二手摊位", await api.PublicClient().GetStringAsync($"/portal/consultations/{id}"));
    }

    [Fact]
    public async Task Phone_IsStoredEncrypted_AndAppearsInNoPage()
    {
        var api = await ConsultationApi.CreateAsync(factory);
        var id = await api.OpenAsync();
        const string phone = "13912345678";
        var commentId = await api.CommentIdAsync(id, "请联系我了解详情", phone);

        await using (var scope = factory.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var raw = await db.Database.SqlQuery<string>($"SELECT \"PhoneCipher\" AS \"Value\" FROM public_comments WHERE \"Id\" = {commentId}").SingleAsync();
            Assert.StartsWith("sm4gcm:", raw);
            Assert.DoesNotContain(phone, raw);
            Assert.DoesNotContain("12345678", raw);
            Assert.Equal(phone, scope.ServiceProvider.GetRequiredService<IFieldProtector>().Unprotect(raw));
        }

        Assert.Equal(HttpStatusCode.OK, (await api.ActAsync(id, commentId, "approve")).StatusCode);
        var staffPage = await api.Staff.GetStringAsync($"/consultations/{id}");
        Assert.Contains("已留联系电话", staffPage);
        foreach (var text in new[]
        {
            staffPage,
            await api.Staff.GetStringAsync($"/api/consultations/{id}/comments"),
            await api.Staff.GetStringAsync($"/consultations/{id}/report"),
            await api.PublicClient().GetStringAsync($"/portal/consultations/{id}"),
            await api.PublicClient().GetStringAsync($"/api/consultations/public/{id}"),
        })
        {
            Assert.DoesNotContain(phone, text);
            Assert.DoesNotContain("139****5678", text);
        }
    }

    [Fact]
    public async Task Phone_WhenGiven_IsValidated()
    {
        var api = await ConsultationApi.CreateAsync(factory);
        var id = await api.OpenAsync();

        var response = await ConsultationApi.CommentAsync(api.PublicClient(), id, "意见", "12345");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("手机号码", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CommentOnAPassage_IsAnchoredByQuoteContextAndPosition_AndShownWithTheQuote()
    {
        var api = await ConsultationApi.CreateAsync(factory);
        var draft = "第一条 为规范本镇集贸市场管理，制定本办法。\n第二条 本办法适用于本镇辖区内的集贸市场。";
        var id = await api.OpenAsync(draft);
        const string quote = "本镇辖区内的集贸市场";

        // A stale position from the browser: the server finds the passage in the stored draft.
        var commentId = await api.CommentIdAsync(id, "建议包括流动摊点", quote: quote, start: 3);

        var row = await api.RowAsync(commentId);
        Assert.Equal(quote, row.Quote);
        Assert.Equal(draft.IndexOf(quote, StringComparison.Ordinal), row.QuoteStart);
        Assert.Equal(row.QuoteStart + quote.Length, row.QuoteEnd);
        Assert.EndsWith("本办法适用于", row.QuotePrefix);
        Assert.Equal("。", row.QuoteSuffix);

        await api.ActAsync(id, commentId, "approve");
        var page = await api.PublicClient().GetStringAsync($"/portal/consultations/{id}");
        Assert.Contains($"<mark>{quote}</mark>", page);

        var notInDraft = await ConsultationApi.CommentAsync(api.PublicClient(), id, "意见", quote: "草案中没有的话", start: 0);
        Assert.Equal(HttpStatusCode.BadRequest, notInDraft.StatusCode);
    }

    [Fact]
    public async Task PortalPages_ArePublicAcrossRegions_AndListOpenAndClosedConsultations()
    {
        var api = await ConsultationApi.CreateAsync(factory);
        var open = await api.OpenAsync();
        var closed = await api.OpenClosedAsync();

        var list = await api.PublicClient().GetStringAsync("/portal/consultations");
        Assert.Contains($"/portal/consultations/{open}", list);
        Assert.Contains($"/portal/consultations/{closed}", list);
        Assert.Contains("征求意见中", list);
        Assert.Contains("已截止", list);
        var page = await api.PublicClient().GetStringAsync($"/portal/consultations/{open}");
        Assert.Contains("还剩", page);
        Assert.Contains("起草说明：为改善市场环境", page);
        Assert.Contains("/portal/consultations", await api.PublicClient().GetStringAsync("/portal"));

        // A town-B user, too, reads town A's consultation: the portal is public.
        var other = await factory.TokenClientAsync(FazhiFactory.TownB, Fazhi.Platform.Identity.Roles.LegalOffice);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/api/consultations/public/{open}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/consultations/{open}")).StatusCode);
    }

    [Fact]
    public async Task ConsultationNotYetOpen_IsNotOnThePortal()
    {
        await using var scope = factory.SystemScope();
        var today = Fazhi.Platform.Procedures.LegalDate.Today(factory.Clock);
        var id = await scope.ServiceProvider.GetRequiredService<IPublicConsultations>().OpenAsync(new ConsultationRequest(
            FazhiFactory.TownA, "major_decisions.decision", Guid.CreateVersion7(), "尚未开始的征求意见", "草案", "说明", "镇政府办", today.AddDays(3), today.AddDays(40)));
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        var api = await ConsultationApi.CreateAsync(factory);

        Assert.Equal(HttpStatusCode.NotFound, (await api.PublicClient().GetAsync($"/portal/consultations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ConsultationApi.CommentAsync(api.PublicClient(), id, "抢先意见")).StatusCode);
    }
}
