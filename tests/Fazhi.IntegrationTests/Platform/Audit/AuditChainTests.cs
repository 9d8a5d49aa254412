using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Regions;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Audit;

public sealed class AuditChainTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    [Fact]
    public async Task Audit_EveryChange_IsRecordedWithBeforeAndAfter()
    {
        await using (var scope = factory.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(new Region("441900199901", "审计测试村", RegionLevel.Village, "441900199"));
            await db.SaveChangesAsync();
            (await db.Set<Region>().SingleAsync(r => r.Code == "441900199901")).Rename("审计测试村（更名）");
            await db.SaveChangesAsync();
        }

        await using var check = factory.SystemScope();
        var rows = await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<AuditEntry>()
            .Where(a => a.Entity == nameof(Region) && a.EntityId == "441900199901").OrderBy(a => a.Sequence).ToListAsync();
        Assert.Equal(["Insert", "Update"], rows.Select(r => r.Action));
        Assert.Contains("审计测试村", rows[0].After!, StringComparison.Ordinal);
        Assert.Contains("审计测试村\"", rows[1].Before!, StringComparison.Ordinal);
        Assert.Contains("（更名）", rows[1].After!, StringComparison.Ordinal);
        Assert.Equal("system", rows[1].Actor);
    }

    [Fact]
    public async Task Audit_SignInAndFailure_AreRecorded()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, Roles.Clerk);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        await FazhiFactory.PostFormAsync(client, "/login", new() { ["Login"] = login, ["Password"] = "Wrong-password-1" });
        await factory.SignedInClientAsync(login);

        await using var scope = factory.SystemScope();
        var actions = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AuditEntry>()
            .Where(a => a.Actor == login).Select(a => a.Action).ToListAsync();
        Assert.Contains(nameof(SecurityEvent.SignInFailed), actions);
        Assert.Contains(nameof(SecurityEvent.SignIn), actions);
    }

    [Fact]
    public async Task Audit_PasswordHashes_NeverEnterTheTrail()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, Roles.Clerk);
        await using var scope = factory.SystemScope();
        var rows = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<AuditEntry>()
            .Where(a => a.Entity == nameof(AppUser)).ToListAsync();
        Assert.Contains(rows, r => r.After!.Contains(login, StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => (r.After ?? "").Contains("PasswordHash", StringComparison.Ordinal) || (r.Before ?? "").Contains("PasswordHash", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Audit_Verify_AnswersOkWithRowCount_WhenIntact()
    {
        var client = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, PlatformPermissions.AuditRead);
        var json = await client.GetFromJsonAsync<JsonElement>("/api/audit/verify");
        Assert.True(json.GetProperty("ok").GetBoolean());
        Assert.True(json.GetProperty("rows").GetInt64() > 0);
    }

    [Fact]
    public async Task Audit_Verify_RequiresAuditPermission()
    {
        var client = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, PlatformPermissions.RegionsRead);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/audit/verify")).StatusCode);
    }

    [Fact]
    public async Task Audit_RowsAreAppendOnly_ThroughTheApp()
    {
        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await db.Set<AuditEntry>().OrderBy(a => a.Sequence).FirstAsync();
        row.Actor = "someone-else";
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("只能追加", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_HashMatchesSm3StandardVector()
    {
        // GB/T 32905-2016 appendix A.1: SM3("abc").
        Assert.Equal("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", Sm3.Hex("abc"));
        await Task.CompletedTask;
    }
}

/// <summary>Tampering needs a database of its own: once the chain is broken, every later verify in the class would fail.</summary>
public sealed class AuditTamperTests : IDisposable
{
    private readonly FazhiFactory _factory = new();

    [Fact]
    public async Task Audit_Verify_NamesTheFirstRow_EditedBehindTheAppsBack()
    {
        var client = await _factory.ClientWithPermissionsAsync(FazhiFactory.TownA, PlatformPermissions.AuditRead);
        long target;
        await using (var scope = _factory.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            target = await db.Set<AuditEntry>().OrderBy(a => a.Sequence).Select(a => a.Sequence).Skip(2).FirstAsync();
            // Behind the app's back: raw SQL, no interceptor, as a DBA with table access could.
            await db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET \"Actor\" = 'mallory' WHERE \"Sequence\" = {target}");
        }

        var json = await client.GetFromJsonAsync<JsonElement>("/api/audit/verify");
        Assert.False(json.GetProperty("ok").GetBoolean());
        Assert.Equal(target, json.GetProperty("firstBadRow").GetInt64());
    }

    [Fact]
    public async Task Audit_Verify_DetectsADeletedRow()
    {
        var client = await _factory.ClientWithPermissionsAsync(FazhiFactory.TownA, PlatformPermissions.AuditRead);
        await using (var scope = _factory.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.ExecuteSqlAsync($"DELETE FROM audit_entries WHERE \"Sequence\" = 2");
        }

        var json = await client.GetFromJsonAsync<JsonElement>("/api/audit/verify");
        Assert.False(json.GetProperty("ok").GetBoolean());
        Assert.Equal(2, json.GetProperty("firstBadRow").GetInt64());
    }

    public void Dispose() => _factory.Dispose();
}
