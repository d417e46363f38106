namespace PullSecretTasks.TestInfra.CakeBuild;

/// <summary>The build.cake texts the real-runner tests (and a cross-front-end parity test) run.</summary>
public static class CakeScripts
{
    /// <summary>
    /// Logs in with <c>docker login --password-stdin</c> through Cake's process API (the password comes from the
    /// variable PSEC_CANARY, never from the script), creates secret <c>pull</c> in ns1 linked to builder, links it
    /// to default for pulls, and reports the registry. Prints <c>RESULT …</c> lines to assert on.
    /// </summary>
    /// <param name="header">The <c>#r</c> or <c>#addin</c> line.</param>
    /// <param name="docker">The docker CLI's full path.</param>
    /// <param name="registry">The registry host, e.g. <c>127.0.0.1:5000</c>.</param>
    /// <param name="user">The registry user.</param>
    /// <param name="dockerConfig">The DOCKER_CONFIG folder docker login writes to.</param>
    /// <param name="kubeconfig">The kubeconfig of the fake API server.</param>
    public static string LoginCreateAndLink(string header, string docker, string registry, string user, string dockerConfig, string kubeconfig) => $$"""
        {{header}}

        var dockerConfig = @"{{dockerConfig}}";
        var kubeconfig = @"{{kubeconfig}}";
        var exit = StartProcess(@"{{docker}}", new ProcessSettings
        {
            Arguments = new ProcessArgumentBuilder().Append("login").Append("{{registry}}").Append("-u").Append("{{user}}").Append("--password-stdin"),
            StandardInput = EnvironmentVariable("PSEC_CANARY"),
            EnvironmentVariables = new Dictionary<string, string> { ["DOCKER_CONFIG"] = dockerConfig },
        });
        if (exit != 0)
        {
            throw new CakeException($"docker login exited with {exit}");
        }

        var created = CreatePullSecret("pull", s => s
            .WithNamespace("ns1")
            .WithRegistry("{{registry}}")
            .WithDockerConfig(dockerConfig)
            .WithKubeconfig(kubeconfig)
            .WithLinkTo("builder")
            .WithTimeout(TimeSpan.FromSeconds(20)));
        Information("RESULT create {0} {1}", created.Secrets[0].Action, created.Secrets[0].Links[0].Action);

        var linked = LinkPullSecret("default", "pull", new PullSecretLinkSettings { Namespaces = { "ns1" }, Kubeconfig = kubeconfig, For = LinkFor.Pull });
        Information("RESULT link {0}", linked.Links[0].Action);

        foreach (var r in ReadDockerLogin(s => s.WithDockerConfig(dockerConfig).WithRegistry("{{registry}}")))
        {
            Information("RESULT inspect {0} {1} {2}", r.Registry, r.UserName, r.Usable);
        }
        """;

    /// <summary>
    /// Only <c>CreatePullSecret</c>, from an existing login: the Cake leg of a cross-front-end parity test. The
    /// secret lands in the API server of <paramref name="kubeconfig"/>; the script prints <c>RESULT create ACTION</c>.
    /// </summary>
    /// <param name="header">The <c>#r</c> or <c>#addin</c> line (<see cref="Packaging.LocalPackageFeed.AddinDirective"/>).</param>
    /// <param name="name">The secret name.</param>
    /// <param name="ns">The namespace.</param>
    /// <param name="registries">The registries to take.</param>
    /// <param name="dockerConfig">A config.json / auth.json, or its folder.</param>
    /// <param name="kubeconfig">The kubeconfig.</param>
    /// <param name="linkTo">Service accounts to link to (none by default).</param>
    public static string Create(string header, string name, string ns, IEnumerable<string> registries, string dockerConfig, string kubeconfig, params string[] linkTo) => $$"""
        {{header}}

        var created = CreatePullSecret("{{name}}", new PullSecretSettings
        {
            Namespaces = { "{{ns}}" },
            DockerConfig = @"{{dockerConfig}}",
            Kubeconfig = @"{{kubeconfig}}",
            Registries = { {{string.Join(", ", registries.Select(r => $"\"{r}\""))}} },
            LinkTo = { {{string.Join(", ", linkTo.Select(a => $"\"{a}\""))}} },
        });
        Information("RESULT create {0}", created.Secrets[0].Action);
        """;

    /// <summary>
    /// <c>CreatePullSecret</c> once per secret, in order, from an existing login: the Cake leg of the cross-front-end
    /// parity test. Each script block prints <c>RESULT create NAME ACTION</c>.
    /// </summary>
    /// <param name="header">The <c>#addin</c> line (<see cref="Packaging.LocalPackageFeed.AddinDirective"/>).</param>
    /// <param name="ns">The namespace.</param>
    /// <param name="secrets">Secret names with the registries each takes.</param>
    /// <param name="dockerConfig">A config.json / auth.json, or its folder.</param>
    /// <param name="kubeconfig">The kubeconfig.</param>
    /// <param name="linkTo">Service accounts to link every secret to (pull and mount, the default).</param>
    public static string CreateEach(
        string header, string ns, IEnumerable<(string Name, IReadOnlyList<string> Registries)> secrets, string dockerConfig, string kubeconfig, params string[] linkTo) =>
        header + "\n" + string.Concat(secrets.Select((secret, i) => $$"""

            var created{{i}} = CreatePullSecret("{{secret.Name}}", new PullSecretSettings
            {
                Namespaces = { "{{ns}}" },
                DockerConfig = @"{{dockerConfig}}",
                Kubeconfig = @"{{kubeconfig}}",
                Registries = { {{string.Join(", ", secret.Registries.Select(r => $"\"{r}\""))}} },
                LinkTo = { {{string.Join(", ", linkTo.Select(a => $"\"{a}\""))}} },
            });
            Information("RESULT create {0} {1}", "{{secret.Name}}", created{{i}}.Secrets[0].Action);

            """));
}
