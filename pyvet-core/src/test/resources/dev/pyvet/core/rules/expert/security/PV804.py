import os
import subprocess
import subprocess as sp
from subprocess import run, getoutput


def build(archive, directory, source):
    subprocess.run(f"tar czf {archive} {directory}", shell=True, check=True)
    sp.Popen("ls " + directory, shell=True)
    run(args=command_for(source), shell=True)
    os.system("convert " + source)
    text = getoutput(source)
    pipe = os.popen(source)
    # non-hits
    subprocess.run(["tar", "czf", archive, directory], check=True)
    subprocess.run("ls -l | wc -l", shell=True)
    subprocess.run(command_for(source), shell=False)
    subprocess.check_output(command_for(source))
    os.system("make clean")
    sp.call(source, shell=use_shell)
    return text, pipe


def shadowed(subprocess, os):
    subprocess.run(cmd, shell=True)
    os.system(cmd)
