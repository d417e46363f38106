using PublicApiGenerator;
using PullSecretTasks.TestInfra.Repo;

namespace Cake.PullSecretTasks.Tests.PublicApi;

public sealed class PublicApiTests
{
    [Fact]
    public void The_addin_public_api_is_the_approved_one()
    {
        // act
        var api = typeof(PullSecretAliases).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false });

        // assert
        var failure = ApprovedText.Compare("tests/Cake.PullSecretTasks.Tests/PublicApi/Cake.PullSecretTasks.approved.txt", api);
        Assert.True(failure is null, failure);
    }
}
