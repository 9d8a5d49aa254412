using System.Net;

using Fazhi.IntegrationTests.Infrastructure;
using Fazhi.Platform.Identity;

namespace Fazhi.IntegrationTests.Modules.LegalityReview;

/// <summary>CSRF protection of the detail page's step forms (checked after the record is found).</summary>
public sealed class ReviewPageAntiforgeryTests(FazhiFactory factory) : IClassFixture<FazhiFactory>
{
    [Fact]
    public async Task Page_StepPostWithoutAntiforgeryToken_IsBadRequest_AndChangesNothing()
    {
        var api = await ReviewApi.CreateAsync(factory);
        var id = ReviewApi.IdOf(await api.SubmitAsync());
        var client = await factory.SignedInClientAsync(api.OfficeLogin);

        var response = await client.PostAsync($"/legality-review/{id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["Action"] = "accept" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("材料审核中", (await api.DetailAsync(id)).GetProperty("statusName").GetString());
    }

    [Fact]
    public async Task Page_StepPostForAnUnknownReview_IsNotFound()
    {
        var client = await factory.SignedInClientAsync(await factory.CreateUserAsync(FazhiFactory.TownA, Roles.LegalOffice));

        var response = await client.PostAsync($"/legality-review/{Guid.CreateVersion7()}", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
