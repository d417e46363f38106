using PublicApiGenerator;
using PullSecretTasks.TestInfra.Repo;

namespace PullSecretTasks.Core.Tests.PublicApi;

public sealed class PublicApiTests
{
    [Fact]
    public void The_core_public_api_is_the_approved_one()
    {
        // act
        var api = typeof(PullSecretRunner).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });

        // assert
        var failure = ApprovedText.Compare("tests/PullSecretTasks.Core.Tests/PublicApi/PullSecretTasks.Core.approved.txt", api);
        Assert.True(failure is null, failure);
    }
}
