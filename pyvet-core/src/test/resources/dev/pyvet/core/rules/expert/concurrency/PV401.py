import multiprocessing
from multiprocessing import Pool, Process
from concurrent.futures import ProcessPoolExecutor as Executor
import concurrent.futures


def work(x):
    return x * x


pool = Pool(4)
results = pool.map(work, range(10))

Process(target=work, args=(1,)).start()

worker = multiprocessing.Process(target=work, args=(2,))
worker.start()

with Executor() as ex:
    ex.map(work, range(3))

if results:
    executor = concurrent.futures.ProcessPoolExecutor(2)


# Not reported: inside a function, under the main guard (either way round), a thread pool.
def main():
    with Pool(2) as p:
        p.map(work, range(4))
    Process(target=work).start()


if __name__ == "__main__":
    main()
    Pool(2)

if "__main__" == __name__:
    Process(target=work).start()

from concurrent.futures import ThreadPoolExecutor

threads = ThreadPoolExecutor(4)
lazy = lambda: Pool(2)


class Service:
    def start(self):
        return Pool(1)


service = Service()
service.start()
