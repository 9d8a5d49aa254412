using System.Net;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.PublicConsultation.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.PublicConsultation;

/// <summary>The window's last day ends at 24:00 China time on the server clock (security.md INP-18); a fixture of its own moves the clock.</summary>
public sealed class CommentWindowBoundaryTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    [Fact]
    public async Task CommentAt235959ChinaTimeOnTheLastDay_IsAccepted_AndAtMidnight_IsRefused()
    {
        var today = LegalDate.Today(factory.Clock);
        var closes = today.AddDays(2);
        Guid id;
        await using (var scope = factory.SystemScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<IPublicConsultations>().OpenAsync(new ConsultationRequest(
                FazhiFactory.TownA, "major_decisions.decision", Guid.CreateVersion7(), "紧急征求意见", "第一条 防汛。", "说明", "镇应急办", today, closes)
            { UrgencyReason = "汛期将至，情况紧急" });
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }

        var api = await ConsultationApi.CreateAsync(factory);
        // 23:59:59 on the last day in Beijing is 15:59:59 UTC the same day.
        factory.Clock.SetUtcNow(new DateTimeOffset(closes.ToDateTime(new TimeOnly(15, 59, 59)), TimeSpan.Zero));
        Assert.Equal(HttpStatusCode.Accepted, (await ConsultationApi.CommentAsync(api.PublicClient(), id, "最后一刻的意见")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Conflict, (await ConsultationApi.CommentAsync(api.PublicClient(), id, "晚了一秒的意见")).StatusCode);
    }
}
