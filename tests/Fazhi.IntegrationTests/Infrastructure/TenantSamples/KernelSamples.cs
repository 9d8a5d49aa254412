using Fazhi.Platform.Data;
using Fazhi.Platform.Documents;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Numbering;
using Fazhi.Platform.Procedures;

using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Infrastructure.TenantSamples;

/// <summary>Region-owned records of the kernel: attachments, numbering, a procedure case with its clock, adjustment and alert.</summary>
public sealed class KernelSamples : ITenantSamples
{
    private const string Key = "isolation.sample";

    private static readonly ProcedureDefinition Definition = new(Key, 1, "隔离测试程序")
    {
        States = [new("draft", "起草"), new("review", "审查中")],
        InitialState = "draft",
        Clocks = [new ClockRule("review", "审查期限", 5, ClockUnit.WorkingDays, new LegalBasis("测试依据"))],
        Actions =
        [
            new("submit", "送审", ["draft"], "review") { Roles = [Roles.LegalOffice], Clocks = [ClockEffect.Start("review")] },
            new("suspend", "中止", ["review"], "review") { Roles = [Roles.LegalOffice], Clocks = [ClockEffect.Suspend("review")] },
        ],
    };

    public void ConfigureServices(IServiceCollection services) => services.AddProcedureDefinition(Definition);

    public async Task SeedAsync(IServiceProvider services, string region)
    {
        var db = services.GetRequiredService<AppDbContext>();
        db.Add(new Attachment(region, "region", region, "样例.pdf", AttachmentKind.Pdf, 4, new string('a', 64), "system", DateTime.UtcNow));
        db.Add(new NumberingScheme(region, "isolation", "{region}-{year}-{n:0000}", null, "隔离测试"));
        await db.SaveChangesAsync();
        await services.GetRequiredService<IssueNumber>().NextAsync(db, region, "isolation", 2026);

        // One case overdue by the fixture's clock (the scan alerts it), one suspended (a clock adjustment).
        var engine = services.GetRequiredService<ProcedureEngine>();
        var overdue = engine.Start(Key, "isolation.subject", Guid.CreateVersion7(), region, ProcedureActor.System, new DateOnly(2026, 1, 5));
        await engine.ApplyAsync(overdue, "submit", ProcedureActor.System, null, new StepInput { On = new DateOnly(2026, 1, 5) });
        var suspended = engine.Start(Key, "isolation.subject", Guid.CreateVersion7(), region, ProcedureActor.System, new DateOnly(2026, 1, 5));
        await engine.ApplyAsync(suspended, "submit", ProcedureActor.System, null, new StepInput { On = new DateOnly(2026, 1, 5) });
        await engine.ApplyAsync(suspended, "suspend", ProcedureActor.System, null, new StepInput { On = new DateOnly(2026, 1, 6) });
        await db.SaveChangesAsync();
        await services.GetRequiredService<ScanClocks>().RunAsync();
    }

    public IEnumerable<(string Parameter, string Value)> RouteValues() =>
        [("key", PlatformMetrics.ActiveUsersKey), ("kind", "isolation")];
}
