using Fazhi.Platform;
using Fazhi.Platform.Cli;
using Fazhi.Platform.Data;

if (args.Length > 0 && !args[0].StartsWith('-'))
{
    return await Verbs.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://127.0.0.1:5080");
builder.AddPlatform();
// Modules register here: builder.Services.AddX();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.MapPlatform();
// Modules map here: app.MapXApi();

await app.RunAsync();
return 0;

/// <summary>Entry point type, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
