using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.PublicConsultation.Contracts;
using Fazhi.Modules.PublicConsultation.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;

using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.PublicConsultation;

/// <summary>Arranges consultations and comments over HTTP as staff and as members of the public (each from an IP of its own).</summary>
public sealed class ConsultationApi(FazhiFactory factory, HttpClient staff)
{
    private static int _lastIp;

    public HttpClient Staff { get; } = staff;

    public DateOnly Today => LegalDate.Today(factory.Clock);

    public static async Task<ConsultationApi> CreateAsync(FazhiFactory factory) =>
        new(factory, await factory.TokenClientAsync(FazhiFactory.TownA, Roles.LegalOffice));

    /// <summary>A member of the public: anonymous, cookies kept (antiforgery), its own client address for the rate limit.</summary>
    public HttpClient PublicClient()
    {
        var n = Interlocked.Increment(ref _lastIp);
        var address = new IPAddress([10, (byte)(n >> 16), (byte)(n >> 8), (byte)n]);
        var server = factory.Server.CreateHandler(context => context.Connection.RemoteIpAddress = address);
        return new HttpClient(new CookieContainerHandler { InnerHandler = server }) { BaseAddress = factory.Server.BaseAddress };
    }

    public async Task<Guid> OpenAsync(string draft = "第一条 为规范本镇集贸市场管理，制定本办法。\n第二条 本办法适用于本镇辖区内的集贸市场。\n第三条 市场开办者应当建立卫生管理制度。", int days = 30)
    {
        var response = await Staff.PostAsJsonAsync("/api/consultations", new
        {
            title = "某镇集贸市场管理办法（征求意见稿）",
            draftText = draft,
            explanation = "起草说明：为改善市场环境……",
            organizingUnit = "镇经济发展办",
            opensOn = Today,
            closesOn = Today.AddDays(days),
            urgencyReason = days < 30 ? "防汛需要，情况紧急" : null,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A consultation whose window already closed (opened through the contract, which takes past dates).</summary>
    public async Task<Guid> OpenClosedAsync()
    {
        await using var scope = factory.SystemScope();
        var id = await scope.ServiceProvider.GetRequiredService<IPublicConsultations>().OpenAsync(new ConsultationRequest(
            FazhiFactory.TownA, "major_decisions.decision", Guid.CreateVersion7(), "某镇垃圾分类实施方案（征求意见稿）", "第一条 垃圾分类。",
            "起草说明", "镇城建办", Today.AddDays(-40), Today.AddDays(-10)));
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        return id;
    }

    public static Task<HttpResponseMessage> CommentAsync(HttpClient client, Guid id, string body, string? phone = null, string? quote = null, int? start = null) =>
        client.PostAsJsonAsync($"/api/consultations/public/{id}/comments", new { body, phone, quote, quoteStart = start, quoteEnd = start + quote?.Length, displayName = "热心居民" });

    public async Task<Guid> CommentIdAsync(Guid id, string body, string? phone = null, string? quote = null, int? start = null)
    {
        var response = await CommentAsync(PublicClient(), id, body, phone, quote, start);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task<HttpResponseMessage> ActAsync(Guid id, Guid commentId, string action, object? body = null) =>
        await Staff.PostAsJsonAsync($"/api/consultations/{id}/comments/{commentId}/{action}", body ?? new { });

    public async Task<PublicComment> RowAsync(Guid commentId)
    {
        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return db.Set<PublicComment>().Single(c => c.Id == commentId);
    }

    public async Task<JsonElement> JsonAsync(string url)
    {
        var response = await Staff.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
