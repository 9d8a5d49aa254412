using Fazhi.Platform.Data;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Regions;
using Fazhi.Platform.Web;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Cli;

/// <summary>Operator verbs of the same executable: `dotnet Fazhi.dll migrate | user add … | token create …`.</summary>
public static class Verbs
{
    private const string Usage = """
        用法：
          Fazhi migrate                                             创建或升级数据库
          Fazhi user add --region 区划代码 --role 角色 --login 登录名 [--name 姓名]   新建用户（打印一次生成的密码）
          Fazhi token create --login 登录名 --scope 权限[,权限…|*]       签发接口令牌（只显示一次）
          Fazhi demo --reset                                        重建演示库：演示镇及各模块的演示记录（仅限只含演示区划的数据库）
        """;

    public static async Task<int> RunAsync(string[] args, Action<IServiceCollection> addModules, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration.AddCommandLine(args.Where(a => a.StartsWith("--Database", StringComparison.Ordinal)).ToArray());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddPlatform();
        addModules(builder.Services);
        await using var app = builder.Build();
        try
        {
            switch (args)
            {
                case ["migrate", ..]:
                    await app.PrepareDatabaseAsync(output);
                    await output.WriteLineAsync("数据库已是最新结构");
                    return 0;
                case ["demo", "--reset"]:
                    return await ResetDemoAsync(app, output, error);
                case ["user", "add", .. var rest]:
                    await app.PrepareDatabaseAsync(TextWriter.Null);
                    return await AddUserAsync(app.Services, Options(rest), output, error);
                case ["token", "create", .. var rest]:
                    await app.PrepareDatabaseAsync(TextWriter.Null);
                    return await CreateTokenAsync(app.Services, Options(rest), output, error);
                case [var name, .. var rest] when app.Services.GetServices<ICliVerb>().FirstOrDefault(v => v.Name == name) is { } verb:
                    var options = Options(rest);
                    await app.PrepareDatabaseAsync(TextWriter.Null);
                    await using (var scope = app.Services.CreateAsyncScope())
                    {
                        var code = await verb.RunAsync(scope.ServiceProvider, options, output, error, CancellationToken.None);
                        if (code == 2)
                        {
                            await error.WriteLineAsync(FullUsage(app.Services));
                        }

                        return code;
                    }

                default:
                    await error.WriteLineAsync(FullUsage(app.Services));
                    return 2;
            }
        }
        catch (FieldValidationException e)
        {
            await error.WriteLineAsync("错误：" + string.Join("；", e.Errors.SelectMany(x => x.Value)));
            return 1;
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync("错误：" + e.Message);
            await error.WriteLineAsync(FullUsage(app.Services));
            return 2;
        }
    }

    private static async Task<int> ResetDemoAsync(WebApplication app, TextWriter output, TextWriter error)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (await db.Database.CanConnectAsync() && (await db.Database.GetAppliedMigrationsAsync()).Any()
                && !await Demo.GenerateDemo.OnlyDemoRegionsAsync(db, CancellationToken.None))
            {
                await error.WriteLineAsync("错误：数据库中有演示区划以外的数据，拒绝重建（demo --reset 只用于演示库）");
                return 1;
            }

            await output.WriteLineAsync("正在清空演示库……");
            var sqliteFile = db.Database.IsSqlite() ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource : null;
            await db.Database.EnsureDeletedAsync();
            if (sqliteFile is not null)
            {
                // A stale write-ahead log beside a new file would corrupt it.
                File.Delete(sqliteFile + "-wal");
                File.Delete(sqliteFile + "-shm");
            }
        }

        await app.PrepareDatabaseAsync(output);
        return 0;
    }

    private static string FullUsage(IServiceProvider services) =>
        string.Join('\n', [Usage.TrimEnd(), .. services.GetServices<ICliVerb>().Select(v => "  " + v.Usage)]);

    private static Dictionary<string, string> Options(string[] rest)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < rest.Length; i++)
        {
            if (!rest[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= rest.Length)
            {
                throw new ArgumentException($"无法识别的参数“{rest[i]}”");
            }

            result[rest[i][2..]] = rest[++i];
        }

        return result;
    }

    private static string Required(Dictionary<string, string> options, string name) =>
        options.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : throw new ArgumentException($"缺少参数 --{name}");

    private static async Task<int> AddUserAsync(IServiceProvider services, Dictionary<string, string> options, TextWriter output, TextWriter error)
    {
        var region = Required(options, "region");
        var role = Required(options, "role");
        var login = Required(options, "login");
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (!await db.Set<Region>().AnyAsync(r => r.Code == region))
        {
            await error.WriteLineAsync($"错误：区划“{region}”不存在");
            return 1;
        }

        if (!await db.Roles.AnyAsync(r => r.Name == role))
        {
            var known = string.Join("、", await db.Roles.Select(r => r.Name).ToListAsync());
            await error.WriteLineAsync($"错误：角色“{role}”不存在，可用角色：{known}");
            return 1;
        }

        var password = PasswordPolicy.Generate();
        var user = new AppUser { UserName = login, RegionCode = region, DisplayName = options.GetValueOrDefault("name") ?? login };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await error.WriteLineAsync("错误：" + string.Join("；", created.Errors.Select(e => e.Description)));
            return 1;
        }

        DatabaseStartup.Check(await users.AddToRoleAsync(user, role));
        await output.WriteLineAsync($"已创建用户 {login}（{region}，{role}），初始密码（只显示这一次）：{password}");
        return 0;
    }

    private static async Task<int> CreateTokenAsync(IServiceProvider services, Dictionary<string, string> options, TextWriter output, TextWriter error)
    {
        var login = Required(options, "login");
        var scopes = Required(options, "scope").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries);
        await using var scope = services.CreateAsyncScope();
        var (token, secret) = await scope.ServiceProvider.GetRequiredService<IssueApiToken>().ExecuteAsync(login, scopes);
        await output.WriteLineAsync($"令牌（只显示这一次）：{secret}");
        await output.WriteLineAsync($"编号 {token.Id}，区划 {token.RegionCode}，权限 {token.Scopes}");
        return 0;
    }
}
