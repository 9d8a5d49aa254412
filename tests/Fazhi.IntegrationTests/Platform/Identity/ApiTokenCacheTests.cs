using System.Data.Common;
using System.Net;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;

using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Fazhi.IntegrationTests.Platform.Identity;

/// <summary>A validated API token is remembered for a short window, and what ends a token still ends it at once.</summary>
public sealed class ApiTokenCacheTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    [Fact]
    public async Task ApiToken_Validated_IsNotQueriedAgain_WithinTheCacheWindow()
    {
        var lookups = new TokenLookups();
        using var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(lookups)));
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, Roles.LegalOffice);
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await factory.CreateTokenAsync(login, PlatformPermissions.RegionsRead));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/regions/tree")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/regions/tree")).StatusCode);
        Assert.Equal(1, lookups.Count);

        factory.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/regions/tree")).StatusCode);
        Assert.Equal(2, lookups.Count);
    }

    [Fact]
    public async Task ApiToken_OfAnAccountLockedWhileRemembered_IsRefusedAtOnce()
    {
        var login = await factory.CreateUserAsync(FazhiFactory.TownA, Roles.LegalOffice);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await factory.CreateTokenAsync(login, PlatformPermissions.RegionsRead));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/regions/tree")).StatusCode);

        Guid id;
        await using (var scope = factory.SystemScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == login).Select(u => u.Id).SingleAsync();
        }

        var admin = await factory.ClientWithPermissionsAsync(FazhiFactory.TownA, PlatformPermissions.UsersManage);
        await FazhiFactory.PostFormAsync(admin, "/admin/users?handler=Lock", new() { ["id"] = id.ToString(), ["locked"] = "true" }, getPath: "/admin/users");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/regions/tree")).StatusCode);
    }

    /// <summary>Counts the queries that look a token up (the first of the handler's queries).</summary>
    private sealed class TokenLookups : DbCommandInterceptor
    {
        private int _count;

        public int Count => _count;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("api_tokens", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _count);
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
