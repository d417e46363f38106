using System.Globalization;
using System.Text.RegularExpressions;
using PullSecretTasks.TestInfra.Repo;
using PullSecretTasks.TestInfra.Secrets;

namespace PullSecretTasks.Benchmarks;

/// <summary>
/// The MSBuild side: one project whose CreatePullSecrets target (the built task assemblies, as the package holds them)
/// and a KubectlPair target (two Exec of kubectl doing the same work) run in the same build; their times come from
/// -clp:PerformanceSummary. The first build creates and links; the re-run of the same names changes nothing.
/// </summary>
internal static partial class MSBuildBench
{
    public static (double Ours, double Theirs) Run(BenchBed bed, int pairs, bool rerun)
    {
        var project = WriteProject(bed);
        var ours = new List<double>();
        var theirs = new List<double>();
        for (var i = -1; i < pairs; i++)
        {
            var name = $"{(rerun ? "r" : "m")}{i + 1}";
            if (rerun)
            {
                Build(bed, project, name, first: i % 2 == 0, rerun: false);
            }
            var times = Build(bed, project, name, first: i % 2 == 0, rerun);
            if (i >= 0)
            {
                ours.Add(times["CreatePullSecrets"]);
                theirs.Add(times["KubectlPair"]);
            }
        }
        return (Pairs.Median(ours), Pairs.Median(theirs));
    }

    private static Dictionary<string, double> Build(BenchBed bed, string project, string name, bool first, bool rerun)
    {
        var targets = first ? "CreatePullSecrets;KubectlPair" : "KubectlPair;CreatePullSecrets";
        var environment = bed.Environment(bed.HttpsKubeconfig);
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        var output = CommandRunner.Run("dotnet",
            ["msbuild", project, $"-t:{targets}", "-nologo", "-clp:PerformanceSummary", $"-p:SecretName={name}", $"-p:KName=k{name}",
             $"-p:Rerun={(rerun ? "true" : "false")}"], environment);
        var times = new Dictionary<string, double>();
        foreach (Match m in TargetTime().Matches(output))
        {
            times[m.Groups[2].Value] = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        }
        return times.ContainsKey("CreatePullSecrets") && times.ContainsKey("KubectlPair")
            ? times
            : throw new InvalidOperationException("No target times in the build output:\n" + output);
    }

    private static string WriteProject(BenchBed bed)
    {
        var build = Path.Combine(RepositoryRoot.Path, "src", "PullSecretTasks.MSBuild", "build");
        var tasks = TaskFolder(bed);
        var kubectl = $"&quot;{bed.KubectlPath}&quot; --cache-dir &quot;{bed.HttpsKubeconfig}.cache&quot; -n ns1";
        var path = Path.Combine(bed.Work, "bench.proj");
        File.WriteAllText(path, $$"""
            <Project>
              <PropertyGroup>
                <PullSecretTasksAssembly>{{tasks}}</PullSecretTasksAssembly>
              </PropertyGroup>
              <Import Project="{{build}}/PullSecretTasks.props" />
              <ItemGroup>
                <PullSecret Include="$(SecretName)" Namespace="ns1" Registries="{{BenchBed.Registry}}" />
              </ItemGroup>
              <Import Project="{{build}}/PullSecretTasks.targets" />
              <Target Name="KubectlPair">
                <Exec Command="{{kubectl}} create secret docker-registry $(KName) --docker-server={{BenchBed.Registry}} --docker-username={{BenchBed.User}} --docker-password={{BenchBed.Password}}"
                      IgnoreExitCode="$(Rerun)" StandardOutputImportance="low" StandardErrorImportance="low" />
                <Exec Command="{{kubectl}} patch serviceaccount kbuilder -p '{&quot;secrets&quot;:[{&quot;name&quot;:&quot;$(KName)&quot;}],&quot;imagePullSecrets&quot;:[{&quot;name&quot;:&quot;$(KName)&quot;}]}'"
                      StandardOutputImportance="low" />
              </Target>
            </Project>
            """);
        // The docker login the task reads: DOCKER_CONFIG is not in the bench environment, so HOME's config.json.
        Directory.CreateDirectory(Path.Combine(bed.Work, ".docker"));
        new AuthFileWriter().Login(BenchBed.Registry, BenchBed.User, BenchBed.Password).WriteTo(Path.Combine(bed.Work, ".docker", "config.json"));
        return path;
    }

    // What the package's tasks/net10.0 holds: the ReadyToRun images build/build.sh published, and the portable deps.json.
    private static string TaskFolder(BenchBed bed)
    {
        var project = Path.Combine(RepositoryRoot.Path, "src", "PullSecretTasks.MSBuild", "bin", "Release", "net10.0");
        var folder = Directory.CreateDirectory(Path.Combine(bed.Work, "tasks")).FullName;
        var images = Directory.GetFiles(Path.Combine(project, "linux-x64", "publish"), "*.dll");
        foreach (var file in images.Length > 0 ? images : Directory.GetFiles(project, "*.dll"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }
        File.Copy(Path.Combine(project, "PullSecretTasks.MSBuild.deps.json"), Path.Combine(folder, "PullSecretTasks.MSBuild.deps.json"), overwrite: true);
        // ...and the native tool, which CreatePullSecret runs on linux-x64 when the package carries it.
        if (File.Exists(RepositoryRoot.NativeTool))
        {
            var native = Directory.CreateDirectory(Path.Combine(folder, "native", "linux-x64")).FullName;
            File.Copy(RepositoryRoot.NativeTool, Path.Combine(native, "pullsecret"), overwrite: true);
        }
        return Path.Combine(folder, "PullSecretTasks.MSBuild.dll");
    }

    [GeneratedRegex(@"^\s+(\d+(?:\.\d+)?) ms\s+(\S+)\s+\d+ calls", RegexOptions.Multiline)]
    private static partial Regex TargetTime();
}
