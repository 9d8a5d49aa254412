using Fazhi.Modules.Enforcement.Cases;
using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Modules.Enforcement.Inspections;
using Fazhi.Modules.Enforcement.Libraries;
using Fazhi.Modules.Enforcement.Metrics;
using Fazhi.Modules.Enforcement.Publication;
using Fazhi.Platform.Data;
using Fazhi.Platform.Demo;
using Fazhi.Platform.Documents;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Publishing;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Enforcement;

/// <summary>The module's only entry points: services and endpoints.</summary>
public static class EnforcementModule
{
    public static IServiceCollection AddEnforcement(this IServiceCollection services)
    {
        services.AddPermissions(EnforcementPermissions.Grants);
        services.AddNavItem(new NavItem("行政执法", "/enforcement/cases", EnforcementPermissions.Read, 40));
        services.AddProcedureDefinition(OrdinaryProcedure.V1);
        services.AddProcedureDefinition(MeasureProcedure.V1);
        services.AddScoped<TakeMeasure>();
        services.AddScoped<Contracts.IChallengedDecisions, ChallengedDecisions>();
        services.AddScoped<Lenience.LenientLists>();
        services.AddScoped<Lenience.FlexibleMeasures>();
        services.AddScoped<Lenience.PublicLenientLists>();
        services.AddNavItem(new NavItem("减免责清单", "/enforcement/lenient-lists", EnforcementPermissions.Read, 41));
        services.AddNavItem(new NavItem("柔性执法", "/enforcement/flexible-measures", EnforcementPermissions.Read, 42));
        services.AddPortalSection(new PortalSection("行政执法减免责清单", "/portal/enforcement/lenient-list", "现行的不予处罚、从轻处罚、减轻处罚事项清单"));
        services.AddScoped<RegisterClue>();
        services.AddScoped<AssignOfficers>();
        services.AddScoped<TakeCaseAction>();
        services.AddScoped<RecordRemedy>();
        services.AddScoped<ReadCases>();
        services.AddScoped<OfficerRoster>();
        services.AddAttachmentOwner(EnforcementCase.SubjectType, EnforcementPermissions.Read, async (sp, id, ct) =>
            Guid.TryParse(id, out var caseId) && await sp.GetRequiredService<AppDbContext>().Set<EnforcementCase>().AnyAsync(c => c.Id == caseId, ct));
        foreach (var metric in EnforcementMetrics.All)
        {
            services.AddMetric(metric);
        }

        services.AddEnforcementPublication();
        services.AddEnforcementInspections();
        services.AddScoped<Trainings>();
        services.AddScoped<LibraryEditing>();
        services.AddNavItem(new NavItem("执法库", "/enforcement/libraries", EnforcementPermissions.Read, 43));
        services.AddMetric(Trainings.Sessions);
        services.AddDemoData<Demo.EnforcementDemo>();
        return services;
    }

    public static IEndpointRouteBuilder MapEnforcementApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/enforcement")
            .RequireAuthorization(EnforcementPermissions.Read)
            .WithTags("综合行政执法");
        api.MapCases();
        api.MapLibraries();
        Lenience.LenienceApi.MapLenience(api);
        api.MapEnforcementPublication();
        api.MapEnforcementInspections();
        Trainings.Map(api);
        LibraryEditing.Map(api);
        return endpoints;
    }
}
