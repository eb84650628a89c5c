"""scipy's linear_sum_assignment on the matrix bench_assignment wrote, expanded by capacity:
   scipy_assignment.py MATRIX MENTEES MENTORS CAPACITY"""
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment

path, mentees, mentors, capacity = sys.argv[1], *map(int, sys.argv[2:5])
scores = np.fromfile(path, dtype=np.float64).reshape(mentees, mentors)
expanded = np.repeat(scores, capacity, axis=1)  # each mentor as `capacity` identical seats
best = float("inf")
for _ in range(3):
    start = time.perf_counter()
    rows, cols = linear_sum_assignment(expanded, maximize=True)
    best = min(best, (time.perf_counter() - start) * 1000)
print(f"scipy_assignment_ms mentees={mentees} mentors={mentors} capacity={capacity} "
      f"best_of_3={best:.1f} total={expanded[rows, cols].sum():.0f} matched={len(rows)}")
