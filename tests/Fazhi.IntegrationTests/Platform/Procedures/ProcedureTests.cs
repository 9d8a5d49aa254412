using System.Net;
using System.Net.Http.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;

using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Procedures;

public sealed class ProcedureTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    private const string Key = "itest.review";

    /// <summary>A test-only procedure: submitting starts a 7 WD review clock (《重大行政决策程序暂行条例》第二十六条).</summary>
    private static readonly ProcedureDefinition Definition = new(Key, 1, "集成测试审查程序")
    {
        States = [new("draft", "起草"), new("review", "审查中"), new("done", "已办结")],
        InitialState = "draft",
        Clocks = [new ClockRule("review", "合法性审查期限", 7, ClockUnit.WorkingDays, new("《重大行政决策程序暂行条例》第二十六条"))],
        Actions =
        [
            new("submit", "送审", ["draft"], "review") { Roles = [Roles.LegalOffice], Clocks = [ClockEffect.Start("review")] },
            new("finish", "办结", ["review"], "done") { Roles = [Roles.LegalOffice], Clocks = [ClockEffect.Stop("review")] },
        ],
    };

    private WebApplicationFactory<Program> App => _app ??= factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddProcedureDefinition(Definition)));

    private WebApplicationFactory<Program>? _app;

    private sealed record Submitted(Guid InstanceId, Guid ClockId, DateOnly DueDate, DateOnly WarnOn);

    /// <summary>Starts an instance in the town and submits it today, through the engine in the system scope.</summary>
    private async Task<Submitted> SubmitAsync(string town = FazhiFactory.TownA)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var engine = scope.ServiceProvider.GetRequiredService<ProcedureEngine>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var instance = engine.Start(Key, "itest.subject", Guid.CreateVersion7(), town, ProcedureActor.System);
        await engine.ApplyAsync(instance, "submit", ProcedureActor.System, null);
        await db.SaveChangesAsync();
        var clock = instance.Clocks.Single();
        return new Submitted(instance.Id, clock.Id, clock.DueDate, clock.WarnOn);
    }

    private void AdvanceTo(DateOnly day)
    {
        var today = LegalDate.Today(factory.Clock);
        if (day > today)
        {
            factory.Clock.Advance(TimeSpan.FromDays(day.DayNumber - today.DayNumber));
        }
    }

    private async Task ScanAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ScanClocks>().RunAsync();
    }

    private async Task<HttpClient> ClientAsync(string town)
    {
        var login = await factory.CreateUserAsync(town, Roles.LegalOffice);
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await factory.CreateTokenAsync(login, "*"));
        return client;
    }

    [Fact]
    public async Task Scan_RecordsNearDueAndOverdue_ExactlyOncePerClock_WithAuditRows()
    {
        var submitted = await SubmitAsync();

        AdvanceTo(submitted.WarnOn);
        await ScanAsync();
        await ScanAsync();
        AdvanceTo(submitted.DueDate.AddDays(1));
        await ScanAsync();
        await ScanAsync();

        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var alerts = await db.Set<ClockAlert>().Where(a => a.ClockId == submitted.ClockId).ToListAsync();
        var nearDue = Assert.Single(alerts, a => a.Kind == ClockAlertKind.NearDue);
        var overdue = Assert.Single(alerts, a => a.Kind == ClockAlertKind.Overdue);
        Assert.Equal(2, alerts.Count);
        Assert.Equal(submitted.DueDate, nearDue.DueDate);
        Assert.Contains("剩余", nearDue.Message);
        Assert.Contains("已超期1日", overdue.Message);
        Assert.Equal(FazhiFactory.TownA, overdue.RegionCode);

        var clock = await db.Set<Clock>().SingleAsync(c => c.Id == submitted.ClockId);
        Assert.Equal(ClockStatus.Overdue, clock.Status);
        Assert.Equal(submitted.DueDate, clock.NearDueAlertedFor);
        Assert.Equal(submitted.DueDate, clock.OverdueAlertedFor);

        foreach (var alert in alerts)
        {
            var audit = Assert.Single(await db.Set<AuditEntry>().Where(e => e.Entity == nameof(ClockAlert) && e.EntityId == alert.Id.ToString()).ToListAsync());
            Assert.Equal(("Insert", "system", FazhiFactory.TownA), (audit.Action, audit.Actor, audit.RegionCode));
        }

        Assert.Equal(2, await db.Set<AuditEntry>().CountAsync(e => e.Entity == nameof(Clock) && e.EntityId == submitted.ClockId.ToString() && e.Action == "Update"));
    }

    [Fact]
    public async Task HostedScan_RunsOnItsInterval_WithoutAnyRequest()
    {
        var submitted = await SubmitAsync();
        AdvanceTo(submitted.WarnOn);
        factory.Clock.Advance(new ClockScanOptions().ScanInterval);

        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        for (var attempt = 0; attempt < 100 && !await db.Set<ClockAlert>().AnyAsync(a => a.ClockId == submitted.ClockId); attempt++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(ClockAlertKind.NearDue, (await db.Set<ClockAlert>().SingleAsync(a => a.ClockId == submitted.ClockId)).Kind);
    }

    [Fact]
    public async Task Api_ReturnsInstance_AndTheClocksExplanation()
    {
        var submitted = await SubmitAsync();
        var client = await ClientAsync(FazhiFactory.TownA);

        var instance = await client.GetFromJsonAsync<InstanceView>($"/api/procedures/instances/{submitted.InstanceId}");
        Assert.NotNull(instance);
        Assert.Equal(("review", "审查中", "集成测试审查程序", 1), (instance.State, instance.StateName, instance.DefinitionName, instance.DefinitionVersion));
        Assert.Equal(["start", "submit"], instance.Steps.Select(s => s.ActionKey));
        var clock = Assert.Single(instance.Clocks);
        Assert.Equal(submitted.DueDate, clock.DueDate);
        Assert.Equal("Running", clock.Status);

        var explanation = await client.GetFromJsonAsync<ExplanationView>($"/api/procedures/clocks/{submitted.ClockId}/explanation");
        Assert.NotNull(explanation);
        Assert.Equal("合法性审查期限：7个工作日，依据《重大行政决策程序暂行条例》第二十六条。", explanation.Lines[0]);
        Assert.Contains($"届满日：{submitted.DueDate:yyyy-MM-dd}", explanation.Lines.Single(l => l.StartsWith("届满日", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Api_AnswersNotFound_ToAUserOfAnotherTown()
    {
        var submitted = await SubmitAsync(FazhiFactory.TownA);
        var client = await ClientAsync(FazhiFactory.TownB);

        foreach (var path in new[] { $"/api/procedures/instances/{submitted.InstanceId}", $"/api/procedures/clocks/{submitted.ClockId}/explanation" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Api_RequiresTheProceduresReadPermission()
    {
        var submitted = await SubmitAsync();
        var login = await factory.CreateUserAsync(FazhiFactory.TownA);
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await factory.CreateTokenAsync(login, "*"));
        var response = await client.GetAsync($"/api/procedures/clocks/{submitted.ClockId}/explanation");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task DueSoon_ShowsTheOwnTownsNearDueClocks_AndNothingOfOtherTowns()
    {
        var submitted = await SubmitAsync(FazhiFactory.TownA);
        AdvanceTo(submitted.WarnOn);

        var townA = await ClientAsync(FazhiFactory.TownA);
        var html = await townA.GetStringAsync("/procedures/due-soon");
        Assert.Contains($"data-clock-id=\"{submitted.ClockId}\"", html);
        Assert.Contains("合法性审查期限", html);
        Assert.Contains("集成测试审查程序", html);
        Assert.DoesNotContain("<html", html);

        var townB = await ClientAsync(FazhiFactory.TownB);
        Assert.Contains("暂无预警", await townB.GetStringAsync("/procedures/due-soon"));

        var anonymous = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/procedures/due-soon")).StatusCode);
    }

    [Fact]
    public async Task StoppedClock_IsNeitherWarnedNorListed()
    {
        var submitted = await SubmitAsync();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var engine = scope.ServiceProvider.GetRequiredService<ProcedureEngine>();
            var instance = await db.Set<ProcedureInstance>().SingleAsync(i => i.Id == submitted.InstanceId);
            await engine.ApplyAsync(instance, "finish", ProcedureActor.System, null);
            await db.SaveChangesAsync();
        }

        AdvanceTo(submitted.DueDate.AddDays(1));
        await ScanAsync();

        await using var check = factory.SystemScope();
        var checkDb = check.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await checkDb.Set<ClockAlert>().AnyAsync(a => a.ClockId == submitted.ClockId));
        var clock = await checkDb.Set<Clock>().Include(c => c.Adjustments).SingleAsync(c => c.Id == submitted.ClockId);
        Assert.Equal(ClockStatus.Stopped, clock.Status);
        Assert.Equal(3, await checkDb.Set<ProcedureStep>().CountAsync(s => s.InstanceId == submitted.InstanceId));

        var html = await (await ClientAsync(FazhiFactory.TownA)).GetStringAsync("/procedures/due-soon");
        Assert.DoesNotContain(submitted.ClockId.ToString(), html);
    }
}
