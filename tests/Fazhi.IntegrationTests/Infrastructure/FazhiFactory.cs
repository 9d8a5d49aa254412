using System.Net;
using System.Text.RegularExpressions;

using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

using Npgsql;

namespace Fazhi.IntegrationTests.Infrastructure;

/// <summary>
/// The whole app over HTTP on a database of its own: a fresh SQLite file, or (FAZHI_TEST_PROVIDER=Postgres) a fresh
/// PostgreSQL database on the server named by FAZHI_TEST_PG. The clock is a FakeTimeProvider tests may advance.
/// Every database starts as a copy of one template made once per test process by the app's own start (migrations,
/// roles, permissions, the demo region tree and accounts, keys): the same state a fresh start leaves, without running
/// 14 migrations again for each of ~60 hosts (about 5 s of CPU each).
/// </summary>
public sealed class FazhiFactory : WebApplicationFactory<Program>
{
    public const string TownA = "441900199";
    public const string TownB = "441900198";
    public const string Password = "Fazhi-Test-2026!";

    private static readonly Lazy<Template> Shared = new(Template.Create, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "fazhi-tests", Guid.NewGuid().ToString("N"));
    private readonly string? _pgDatabase;
    private readonly bool _isTemplate;
    private int _users;

    public FazhiFactory()
        : this(Shared.Value, isTemplate: false)
    {
    }

    private FazhiFactory(Template? template, bool isTemplate)
    {
        _isTemplate = isTemplate;
        Directory.CreateDirectory(_directory);
        if (template is not null)
        {
            // The SQLite file and the key files (field encryption, blind index) the template's rows were written with.
            // (The write-ahead log was checkpointed into the file and is left behind.)
            foreach (var file in Directory.GetFiles(template.Directory).Where(f => !f.EndsWith("-wal", StringComparison.Ordinal) && !f.EndsWith("-shm", StringComparison.Ordinal)))
            {
                File.Copy(file, Path.Combine(_directory, Path.GetFileName(file)));
            }
        }

        if (IsPostgres)
        {
            _pgDatabase = _isTemplate
                ? Template.Prefix + DateTime.UtcNow.ToString(Template.Stamp, System.Globalization.CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N")[..8]
                : "fazhi_t_" + Guid.NewGuid().ToString("N")[..16];
            using var connection = new NpgsqlConnection(PostgresServer);
            connection.Open();
            var from = template is null ? "" : $" TEMPLATE {template.Database}";
            using var command = new NpgsqlCommand($"CREATE DATABASE {_pgDatabase}{from}", connection);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>A host whose database and data folder start empty (for a test that puts its own database in place).</summary>
    public static FazhiFactory WithEmptyDatabase() => new(template: null, isTemplate: false);

    public static bool IsPostgres => string.Equals(Environment.GetEnvironmentVariable("FAZHI_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    private static string PostgresServer => Environment.GetEnvironmentVariable("FAZHI_TEST_PG")
        ?? throw new InvalidOperationException("FAZHI_TEST_PG must name the test PostgreSQL server (see test.sh)");

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    public string DataDirectory => _directory;

    public string ConnectionString => IsPostgres
        ? new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _pgDatabase }.ConnectionString
        : $"Data Source={Path.Combine(_directory, "fazhi.db")}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", IsPostgres ? "Postgres" : "Sqlite");
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Fazhi:DataDirectory", _directory);
        // Tests arrange their own records; the demo town's generated records would only blur their figures.
        builder.UseSetting(DatabaseStartup.GenerateDemoSetting, "false");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddTransient<IStartupFilter, PersonalDataScan.StartupFilter>();
        });
    }

    /// <summary>A scope whose context is the unscoped system context (no HTTP request), for arranging and inspecting rows.</summary>
    public AsyncServiceScope SystemScope() => Services.CreateAsyncScope();

    /// <summary>Creates a user with the given roles in the region, with the known test password; returns the login.</summary>
    public async Task<string> CreateUserAsync(string region, params string[] roles)
    {
        var login = $"t{Interlocked.Increment(ref _users)}.{Guid.NewGuid():N}"[..20];
        await using var scope = SystemScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = login, RegionCode = region, DisplayName = "测试用户" };
        DatabaseStartup.Check(await users.CreateAsync(user, Password));
        foreach (var role in roles)
        {
            DatabaseStartup.Check(await users.AddToRoleAsync(user, role));
        }

        return login;
    }

    /// <summary>An API token with the given scopes ("*" = all the user holds).</summary>
    public async Task<string> CreateTokenAsync(string login, params string[] scopes)
    {
        await using var scope = SystemScope();
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<IssueApiToken>().ExecuteAsync(login, scopes);
        return secret;
    }

    /// <summary>A client authenticated by a fresh API token of a new user with these roles in the region.</summary>
    public async Task<HttpClient> TokenClientAsync(string region, params string[] roles)
    {
        var login = await CreateUserAsync(region, roles);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await CreateTokenAsync(login, "*"));
        return client;
    }

    /// <summary>A cookie client signed in through the real login page (GET form, antiforgery token, POST).</summary>
    public async Task<HttpClient> SignedInClientAsync(string login, string password = Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await PostFormAsync(client, "/login", new() { ["Login"] = login, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"login as {login} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>The antiforgery token of a page's first form (the layout's logout form when signed in).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path) =>
        Regex.Match(await client.GetStringAsync(path), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    /// <summary>GETs a form page, takes its antiforgery token and POSTs the fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string? getPath = null)
    {
        fields["__RequestVerificationToken"] = await AntiforgeryTokenAsync(client, getPath ?? path);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || _isTemplate)
        {
            return;
        }

        if (_pgDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(PostgresServer);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgDatabase} WITH (FORCE)", connection);
            command.ExecuteNonQuery();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the host: the temp folder is cleaned by the OS.
        }
    }

    /// <summary>
    /// The database every test database is copied from, made by starting the app once on an empty one. Nothing touches
    /// the database server at process exit (other exit handlers, such as the personal-data scan's totals, must run): a
    /// PostgreSQL template is named with its creation time, and the next test process drops those left for over 12 hours.
    /// </summary>
    private sealed record Template(string Directory, string? Database)
    {
        public const string Prefix = "fazhi_tpl_";
        public const string Stamp = "yyyyMMddHHmmss";

        public static Template Create()
        {
            if (IsPostgres)
            {
                DropLeftTemplates();
            }

            var factory = new FazhiFactory(template: null, isTemplate: true);
            _ = factory.Services; // the app's start: migrate, roles and permissions, demo regions and accounts
            factory.Dispose(); // stops the host; a template factory keeps its files and database
            if (factory._pgDatabase is null)
            {
                // Everything in the one file, so a plain copy is a consistent database.
                using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection(factory.ConnectionString);
                sqlite.Open();
                using var checkpoint = sqlite.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                checkpoint.ExecuteNonQuery();
                sqlite.Close();
                Microsoft.Data.Sqlite.SqliteConnection.ClearPool(sqlite);
            }
            else
            {
                // CREATE DATABASE … TEMPLATE needs the template free of sessions.
                using var npgsql = new NpgsqlConnection(factory.ConnectionString);
                NpgsqlConnection.ClearPool(npgsql);
            }

            var template = new Template(factory._directory, factory._pgDatabase);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => template.DeleteFiles();
            return template;
        }

        private void DeleteFiles()
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left in the temp folder, which the OS cleans.
            }
        }

        private static void DropLeftTemplates()
        {
            var before = DateTime.UtcNow.AddHours(-12).ToString(Stamp, System.Globalization.CultureInfo.InvariantCulture);
            using var connection = new NpgsqlConnection(PostgresServer);
            connection.Open();
            var names = new List<string>();
            using (var list = new NpgsqlCommand($"SELECT datname FROM pg_database WHERE datname LIKE '{Prefix}%'", connection))
            using (var reader = list.ExecuteReader())
            {
                while (reader.Read())
                {
                    names.Add(reader.GetString(0));
                }
            }

            foreach (var name in names.Where(n => n.Length > Prefix.Length + Stamp.Length
                && string.CompareOrdinal(n.Substring(Prefix.Length, Stamp.Length), before) < 0))
            {
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
                drop.ExecuteNonQuery();
            }
        }
    }
}
