using System.Net;
using System.Text;
using System.Text.RegularExpressions;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.IntegrationTests.Infrastructure.TenantSamples;
using Fazhi.Platform.Audit;
using Fazhi.Platform.Data;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Xunit.Abstractions;

namespace Fazhi.IntegrationTests.Platform.Isolation;

/// <summary>
/// 租户隔离: as a user of town A holding every permission, request town B's records through every page route and API
/// endpoint the app maps (read from the endpoint data source, so the test grows with each module). Every request
/// must answer 404, and no row owned by town B may change.
/// </summary>
public sealed partial class TenantIsolationTests : IDisposable
{
    private const string TownA = FazhiFactory.TownA;
    private const string TownB = FazhiFactory.TownB;
    private const string VillageB = "441900198001";

    private static readonly IReadOnlyList<ITenantSamples> Samples = typeof(TenantIsolationTests).Assembly.GetTypes()
        .Where(t => typeof(ITenantSamples).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
        .Select(t => (ITenantSamples)Activator.CreateInstance(t)!)
        .ToList();

    private readonly FazhiFactory _factory = new();
    private readonly WebApplicationFactory<Program> _app;
    private readonly ITestOutputHelper _output;

    public TenantIsolationTests(ITestOutputHelper output)
    {
        _output = output;
        _app = _factory.WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            foreach (var sample in Samples)
            {
                sample.ConfigureServices(s);
            }
        }));
    }

    [Fact]
    public async Task TenantIsolation_UserOfTownA_GetsNotFound_ForEveryRouteToTownBRecords_AndChangesNothing()
    {
        var keys = await SeedTownBAsync();
        var before = await TownBFingerprintAsync();
        var client = await SignedInWithEveryPermissionAsync();
        var token = await FazhiFactory.AntiforgeryTokenAsync(client, "/");
        Assert.False(string.IsNullOrEmpty(token), "the workbench carries no antiforgery token to post with");

        var failures = new List<string>();
        var requests = 0;
        foreach (var (method, url) in Requests(keys))
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method != "GET")
            {
                request.Headers.Add("RequestVerificationToken", token);
                request.Content = url.StartsWith("/api/", StringComparison.Ordinal)
                    ? new StringContent("{}", Encoding.UTF8, "application/json")
                    : new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
            }

            var response = await client.SendAsync(request);
            requests++;
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                failures.Add($"{method} {url} → {(int)response.StatusCode}");
            }
        }

        _output.WriteLine($"{requests} requests to town B's {keys.Ids.Count} records ({keys.Pairs.Count} linked pairs)");
        Assert.True(requests > 50, $"only {requests} requests: the endpoint enumeration found too little");
        Assert.Empty(failures);
        Assert.Equal(before, await TownBFingerprintAsync());
    }

    [Fact]
    public async Task TenantIsolation_EveryRegionOwnedEntityType_HasASample()
    {
        await SeedTownBAsync();
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var missing = new List<string>();
        foreach (var type in RegionOwnedTypes(db))
        {
            var rows = await CountInTownBAsync(db, type.ClrType);
            if (rows == 0)
            {
                missing.Add(type.ClrType.FullName!);
            }
        }

        Assert.True(missing.Count == 0, "add samples in Infrastructure/TenantSamples for: " + string.Join(", ", missing));
    }

    private static IEnumerable<Microsoft.EntityFrameworkCore.Metadata.IEntityType> RegionOwnedTypes(AppDbContext db) =>
        db.Model.GetEntityTypes().Where(t => typeof(IRegionScoped).IsAssignableFrom(t.ClrType) && t.BaseType is null);

    private static async Task<int> CountInTownBAsync(AppDbContext db, Type type)
    {
        var method = typeof(TenantIsolationTests).GetMethod(nameof(CountOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        return await (Task<int>)method.MakeGenericMethod(type).Invoke(null, [db])!;
    }

    private static Task<int> CountOfAsync<T>(AppDbContext db)
        where T : class, IRegionScoped =>
        db.Set<T>().CountAsync(e => e.RegionCode.StartsWith(TownB));

    /// <summary>Per town-B row, its Guid key followed by the other Guids it holds.</summary>
    private static async Task<List<List<string>>> KeysOfAsync<T>(AppDbContext db)
        where T : class, IRegionScoped
    {
        var type = db.Model.FindEntityType(typeof(T))!;
        if (type.FindPrimaryKey() is not { Properties: [var key] } || key.ClrType != typeof(Guid))
        {
            return [];
        }

        // Every Guid the row holds: foreign keys, and references across modules, which are plain Guids without one.
        var names = type.GetProperties()
            .Where(p => p.ClrType == typeof(Guid) || p.ClrType == typeof(Guid?))
            .Select(p => p.Name)
            .Prepend(key.Name)
            .Distinct()
            .ToList();
        return (await db.Set<T>().Where(e => e.RegionCode.StartsWith(TownB)).ToListAsync())
            .Select(e => names.Select(n => db.Entry(e).Property(n).CurrentValue?.ToString()).OfType<string>().ToList())
            .ToList();
    }

    /// <summary>Seeds every area's samples in town B (system scope) and returns the keys of town B's region-owned rows.</summary>
    private async Task<TownBKeys> SeedTownBAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!await db.Set<Fazhi.Platform.Documents.Attachment>().AnyAsync(a => a.RegionCode == TownB))
        {
            foreach (var sample in Samples)
            {
                await using var sampleScope = _app.Services.CreateAsyncScope();
                await sample.SeedAsync(sampleScope.ServiceProvider, TownB);
            }
        }

        var rows = new List<List<string>>();
        var method = typeof(TenantIsolationTests).GetMethod(nameof(KeysOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        foreach (var type in RegionOwnedTypes(db))
        {
            rows.AddRange(await (Task<List<List<string>>>)method.MakeGenericMethod(type.ClrType).Invoke(null, [db])!);
        }

        // A route with two ids (a record and one of its parts: /campaigns/{campaignId}/items/{petitionId}) is tried with
        // every pair of ids that one town-B row holds (its key and a reference, or two references), in both orders:
        // each real parent/part pair is among them, and their number grows with the rows, not with their square.
        var pairs = rows.SelectMany(r => r.SelectMany(a => r.Where(b => b != a).Select(b => (a, b)))).Distinct().ToList();
        return new TownBKeys(rows.Select(r => r[0]).ToList(), pairs);
    }

    /// <summary>Town B's record ids, and the id pairs its rows link.</summary>
    private sealed record TownBKeys(List<string> Ids, List<(string A, string B)> Pairs);

    /// <summary>Every audited change to a town-B row adds an audit row for town B; the trail is the fingerprint.</summary>
    private async Task<(int Rows, long Last)> TownBFingerprintAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = db.Set<AuditEntry>().Where(a => a.RegionCode.StartsWith(TownB));
        return (await rows.CountAsync(), await rows.MaxAsync(a => (long?)a.Sequence) ?? 0);
    }

    private async Task<HttpClient> SignedInWithEveryPermissionAsync()
    {
        var role = await _factory.CreateRoleAsync();
        var login = await _factory.CreateUserAsync(TownA, role);
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await FazhiFactory.PostFormAsync(client, "/login", new() { ["Login"] = login, ["Password"] = FazhiFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Each mapped endpoint that takes an id, a region code or a region query, with every town-B value filled in.</summary>
    private IEnumerable<(string Method, string Url)> Requests(TownBKeys keys)
    {
        var endpoints = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var regionQueries = _app.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Where(d => d.ParameterDescriptions.Any(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Query && IsRegionName(p.Name)))
            .Select(d => "/" + d.RelativePath!.Split('?')[0].TrimStart('/'))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var extra = Samples.SelectMany(s => s.RouteValues()).ToLookup(v => v.Parameter, v => v.Value, StringComparer.OrdinalIgnoreCase);

        foreach (var endpoint in endpoints)
        {
            var pattern = endpoint.RoutePattern;
            var raw = "/" + (pattern.RawText ?? "").TrimStart('/');
            var takesRegionQuery = regionQueries.Contains(Regex.Replace(raw, @"\{(\w+)[^}]*\}", "{$1}"));
            // Only routes that address a record (an id) or a region; a parameter such as a numbering kind names no town's row.
            if (!takesRegionQuery && !pattern.Parameters.Any(p => IsRecordName(p.Name)))
            {
                continue;
            }

            if (endpoint.Metadata.GetMetadata<Fazhi.Platform.Web.PublicAcrossRegionsAttribute>() is not null)
            {
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods
                ?? (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null ? ["GET", "POST"] : ["GET"]);
            foreach (var url in Fill(pattern, keys, extra))
            {
                var withQuery = takesRegionQuery ? url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"region={TownB}&year=2026" : url;
                foreach (var method in methods.Where(m => m is not ("HEAD" or "OPTIONS")))
                {
                    yield return (method, withQuery);
                }
            }
        }
    }

    private static IEnumerable<string> Fill(Microsoft.AspNetCore.Routing.Patterns.RoutePattern pattern, TownBKeys keys, ILookup<string, string> extra)
    {
        var idNames = pattern.Parameters.Select(p => p.Name).Where(IsIdName).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        IEnumerable<Dictionary<string, string>> assignments = idNames.Count switch
        {
            0 => [[]],
            1 => keys.Ids.Select(id => new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [idNames[0]] = id }),
            _ => keys.Pairs.Select(p => idNames.Skip(2).Aggregate(
                new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [idNames[0]] = p.A, [idNames[1]] = p.B },
                (d, n) => { d[n] = p.B; return d; })),
        };

        foreach (var assignment in assignments)
        {
            IEnumerable<string> urls = [""];
            foreach (var segment in pattern.PathSegments)
            {
                var options = new List<string> { "" };
                foreach (var part in segment.Parts)
                {
                    var values = part switch
                    {
                        Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => [literal.Content],
                        Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart p when assignment.TryGetValue(p.Name, out var id) => [id],
                        Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart p => ValuesFor(p.Name, extra),
                        Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart s => [s.Content],
                        _ => [""],
                    };
                    options = options.SelectMany(o => values.Select(v => o + v)).ToList();
                }

                urls = urls.SelectMany(u => options.Select(o => u + "/" + o)).ToList();
            }

            foreach (var url in urls)
            {
                yield return url;
            }
        }
    }

    private static List<string> ValuesFor(string name, ILookup<string, string> extra)
    {
        if (IsRegionName(name) || name.Equals("code", StringComparison.OrdinalIgnoreCase))
        {
            return [TownB, VillageB];
        }

        if (name.Equals("year", StringComparison.OrdinalIgnoreCase))
        {
            return ["2026"];
        }

        return extra[name].Any() ? extra[name].ToList() : ["x"];
    }

    private static bool IsIdName(string name) =>
        !IsRegionName(name) && name.EndsWith("id", StringComparison.OrdinalIgnoreCase);

    private static bool IsRecordName(string name) =>
        IsRegionName(name) || name.Equals("code", StringComparison.OrdinalIgnoreCase) || name.EndsWith("id", StringComparison.OrdinalIgnoreCase);

    private static bool IsRegionName(string name) =>
        name.Equals("region", StringComparison.OrdinalIgnoreCase) || name.Equals("regionCode", StringComparison.OrdinalIgnoreCase);

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }
}
