using System.Text.Encodings.Web;
using System.Text.Unicode;

using Fazhi.Platform.Audit;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Crypto;
using Fazhi.Platform.Data;
using Fazhi.Platform.Documents;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Numbering;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Regions;
using Fazhi.Platform.Validation;
using Fazhi.Platform.Web;

using Microsoft.Extensions.WebEncoders;

namespace Fazhi.Platform;

/// <summary>The kernel's two entry points: <see cref="AddPlatform"/> and <see cref="MapPlatform"/>. It knows no module.</summary>
public static class PlatformSetup
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddLogMasking();
        services.AddHttpContextAccessor();
        services.AddScoped<IRegionScope, ClaimsRegionScope>();
        services.AddAppDatabase(builder.Configuration);
        services.AddErrorHandling();
        services.AddRateLimits(builder.Configuration);
        services.AddFieldProtection(builder.Configuration);
        services.AddBlindIndex(builder.Configuration);
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // JSON answers (ProblemDetails included) carry Chinese as characters, not \uXXXX; HTML-sensitive characters stay escaped.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddRazorPages(o => o.RootDirectory = "/");
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => ChineseBindingMessages.Apply(o.ModelBindingMessageProvider));
        services.AddAntiforgery();
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "法治政府建设工作平台 API";
            document.Info.Description = "所有错误以 RFC 7807 ProblemDetails（中文）返回。";
            return Task.CompletedTask;
        }));

        services.AddRegions();
        services.AddFazhiIdentity();
        services.AddAudit();
        services.AddCalendar();
        services.AddProcedures();
        services.AddMetricsRegistry();
        services.AddNumbering();
        services.AddAttachments();
        services.AddSingleton<Demo.GenerateDemo>();
        return builder;
    }

    public static WebApplication MapPlatform(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseRequestSizeLimit();
        app.UseApiStatusProblems();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapRazorPages();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapRegionsApi();
        app.MapIdentityApi();
        app.MapAuditApi();
        app.MapCalendarApi();
        app.MapProceduresApi();
        app.MapMetricsApi();
        app.MapNumberingApi();
        app.MapAttachmentsApi();
        return app;
    }
}
