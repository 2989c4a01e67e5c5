x = f"""abc {1}
