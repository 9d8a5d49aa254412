using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Modules.PublicConsultation.Contracts;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Web;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Modules.PublicConsultation;

/// <summary>IPublicConsultations as the major decisions module uses it: the 30-day window and the adoption-report gate.</summary>
public sealed class PublicConsultationsContractTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private DateOnly Today => LegalDate.Today(factory.Clock);

    private static ConsultationRequest Request(Guid subject, DateOnly opens, DateOnly closes, string? urgency = null) =>
        new(FazhiFactory.TownA, "major_decisions.decision", subject, "某镇农贸市场改造方案（征求意见稿）", "第一条 为改善农贸市场环境……",
            "起草说明：……", "镇经济发展办", opens, closes)
        { UrgencyReason = urgency };

    private async Task<Guid> OpenAsync(ConsultationRequest request)
    {
        await using var scope = factory.SystemScope();
        var id = await scope.ServiceProvider.GetRequiredService<IPublicConsultations>().OpenAsync(request);
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        return id;
    }

    private async Task<ConsultationStatus?> StatusAsync(Guid subject)
    {
        await using var scope = factory.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<IPublicConsultations>().StatusAsync("major_decisions.decision", subject);
    }

    [Fact]
    public async Task Window_ShorterThan30Days_WithoutUrgencyReason_IsRefusedCitingArticle15()
    {
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => OpenAsync(Request(Guid.CreateVersion7(), Today, Today.AddDays(29))));

        Assert.Contains("第十五条", refused.LegalBasis);
        Assert.Contains("30日", refused.Message);
    }

    [Fact]
    public async Task Window_Of30Days_NotCountingThePublicationDay_IsAccepted()
    {
        var subject = Guid.CreateVersion7();
        var id = await OpenAsync(Request(subject, Today, Today.AddDays(30)));

        var status = await StatusAsync(subject);
        Assert.NotNull(status);
        Assert.Equal(id, status.ConsultationId);
        Assert.False(status.WindowClosed);
        Assert.False(status.Done);
        Assert.Equal($"/portal/consultations/{id}", status.PortalPath);
    }

    [Fact]
    public async Task Window_ShorterThan30Days_WithUrgencyReason_IsAccepted()
    {
        var subject = Guid.CreateVersion7();
        await OpenAsync(Request(subject, Today, Today.AddDays(10), "汛期前须完成改造，情况紧急"));

        Assert.NotNull(await StatusAsync(subject));
    }

    [Fact]
    public async Task Open_IsIdempotentPerSubject_WhileTheWindowIsOpen()
    {
        var subject = Guid.CreateVersion7();
        var first = await OpenAsync(Request(subject, Today, Today.AddDays(30)));
        var second = await OpenAsync(Request(subject, Today, Today.AddDays(30)));

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Status_IsNull_WhenNoConsultationWasOpened() =>
        Assert.Null(await StatusAsync(Guid.CreateVersion7()));

    [Fact]
    public async Task PublishAdoptionReport_IsRefused_WhileTheWindowIsOpen()
    {
        var subject = Guid.CreateVersion7();
        await OpenAsync(Request(subject, Today, Today.AddDays(30)));

        await using var scope = factory.SystemScope();
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            scope.ServiceProvider.GetRequiredService<IPublicConsultations>().PublishAdoptionReportAsync("major_decisions.decision", subject, Today));
        Assert.Contains("届满", refused.Message);
    }

    [Fact]
    public async Task PublishAdoptionReport_AfterTheWindowWithNoComments_IsPublished()
    {
        var subject = Guid.CreateVersion7();
        await OpenAsync(Request(subject, Today.AddDays(-40), Today.AddDays(-10)));
        Assert.True((await StatusAsync(subject))!.Done);

        await using (var scope = factory.SystemScope())
        {
            await scope.ServiceProvider.GetRequiredService<IPublicConsultations>().PublishAdoptionReportAsync("major_decisions.decision", subject, Today);
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }

        Assert.True((await StatusAsync(subject))!.AdoptionReportPublished);
    }
}
