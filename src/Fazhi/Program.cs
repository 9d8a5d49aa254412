using Fazhi.Modules.AnnualReports;
using Fazhi.Modules.DataSharing;
using Fazhi.Modules.Disputes;
using Fazhi.Modules.Emergency;
using Fazhi.Modules.Enforcement;
using Fazhi.Modules.FairCompetition;
using Fazhi.Modules.Governance;
using Fazhi.Modules.Indicators;
using Fazhi.Modules.LawStudy;
using Fazhi.Modules.LegalityReview;
using Fazhi.Modules.Litigation;
using Fazhi.Modules.MajorDecisions;
using Fazhi.Modules.Mediation;
using Fazhi.Modules.NormativeDocuments;
using Fazhi.Modules.Petitions;
using Fazhi.Modules.PowerList;
using Fazhi.Modules.PublicConsultation;
using Fazhi.Modules.Reconsideration;
using Fazhi.Modules.Services;
using Fazhi.Modules.Supervision;
using Fazhi.Modules.WorkPlans;
using Fazhi.Platform;
using Fazhi.Platform.Cli;
using Fazhi.Platform.Data;

if (args.Length > 0 && !args[0].StartsWith('-'))
{
    return await Verbs.RunAsync(args, AddModules);
}

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://127.0.0.1:5080");
builder.AddPlatform();
AddModules(builder.Services);

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.MapPlatform();
app.MapLegalityReviewApi();
app.MapFairCompetitionApi();
app.MapNormativeDocumentsApi();
app.MapAnnualReportsApi();
app.MapEnforcementApi();
app.MapPublicConsultationApi();
app.MapMajorDecisionsApi();
app.MapReconsiderationApi();
app.MapLitigationApi();
app.MapServicesApi();
app.MapSupervisionApi();
app.MapLawStudyApi();
app.MapWorkPlansApi();
app.MapDataSharingApi();
app.MapIndicatorsApi();
app.MapPetitionsApi();
app.MapMediationApi();
app.MapDisputesApi();
app.MapEmergencyApi();
app.MapGovernanceApi();
app.MapPowerListApi();

await app.RunAsync();
return 0;

static void AddModules(IServiceCollection services)
{
    services.AddLegalityReview();
    services.AddFairCompetition();
    services.AddNormativeDocuments();
    services.AddAnnualReports();
    services.AddEnforcement();
    services.AddPublicConsultation();
    services.AddMajorDecisions();
    services.AddReconsideration();
    services.AddLitigation();
    services.AddServices();
    services.AddSupervision();
    services.AddLawStudy();
    services.AddWorkPlans();
    services.AddDataSharing();
    services.AddIndicators();
    services.AddPetitions();
    services.AddMediation();
    services.AddDisputes();
    services.AddEmergency();
    services.AddGovernance();
    services.AddPowerList();
}

/// <summary>Entry point type, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
